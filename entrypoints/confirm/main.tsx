import { render } from 'preact';
import { applyScheme } from '../../lib/ui/scheme';
import { ConfirmApp } from '../../components/confirm/ConfirmApp';
import '../../components/base.css';

applyScheme();
const root = document.getElementById('app');
if (root) render(<ConfirmApp id={location.hash.slice(1)} />, root);
