import { render } from 'preact';
import { applyScheme } from '../../lib/ui/scheme';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/base.css';
import '../../components/options/options.css';

applyScheme();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
