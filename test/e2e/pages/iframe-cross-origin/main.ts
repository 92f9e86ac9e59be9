// Embeds the React textarea console (page 1) from the second origin (see otherOrigin()).
import { otherOrigin, renderFrameHost } from '../shared/frame-shell';

const host = renderFrameHost('嵌入的发送短信（跨域 iframe）');
const frame = document.createElement('iframe');
frame.title = 'sms';
frame.src = `${otherOrigin()}/react-textarea/?embedded=1`;
host.append(frame);
