// Embeds the React textarea console (page 1) in a same-origin iframe.
import { renderFrameHost } from '../shared/frame-shell';

const host = renderFrameHost('嵌入的发送短信（同源 iframe）');
const frame = document.createElement('iframe');
frame.title = 'sms';
frame.src = '/react-textarea/?embedded=1';
host.append(frame);
