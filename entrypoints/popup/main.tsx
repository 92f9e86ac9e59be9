import { render } from 'preact';
import { PopupApp } from '../../src/popup/PopupApp';
import { POPUP_CSS } from '../../src/popup/styles';

const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.appendChild(style);
render(<PopupApp />, document.getElementById('app')!);
