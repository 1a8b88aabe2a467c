import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import '../../components/panel.css';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
