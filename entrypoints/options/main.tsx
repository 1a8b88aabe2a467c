import { render } from 'preact';
import { applyScheme } from '../../lib/ui/scheme';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/base.css';
import '../../components/options/options.css';

applyScheme();
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
