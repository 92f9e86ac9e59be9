// Quill 2 (snow theme, no toolbar). `__fixture.value()` reads Quill's model (getText()).
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import '../shared/console.css';
import { exposeFixture, trimTrailingNewline } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（Quill）');
const mount = document.createElement('div');
mount.style.height = '130px';
slot.append(mount);
const quill = new Quill(mount, { theme: 'snow', modules: { toolbar: false }, placeholder: '请输入短信内容' });
quill.root.dataset.e2e = 'message';
exposeFixture({ kind: 'quill', value: () => trimTrailingNewline(quill.getText()) });
