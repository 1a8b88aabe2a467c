import { render } from 'preact';
import { applyScheme } from '../../lib/ui/scheme';
import { PanelApp } from '../../components/panel/PanelApp';
import '../../components/base.css';

applyScheme();
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
