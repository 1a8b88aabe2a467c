import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/panel.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
