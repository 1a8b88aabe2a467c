import { render } from 'preact';
import { applyScheme } from '../../lib/ui/scheme';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/panel.css';

applyScheme();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
