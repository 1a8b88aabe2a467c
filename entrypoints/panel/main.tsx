import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import '../../components/panel.css';

// Match the page the panel sits on (the content script reads its background); the OS setting otherwise.
const scheme = /scheme=(light|dark)/.exec(location.hash)?.[1];
if (scheme) document.documentElement.dataset.scheme = scheme;

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
