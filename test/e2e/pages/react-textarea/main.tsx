/** @jsxImportSource react */
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { ReactTextareaConsole } from './App';

const embedded = new URLSearchParams(location.search).has('embedded');
createRoot(document.getElementById('root')!).render(
  <ReactTextareaConsole kind="react-textarea" title={embedded ? '发送短信（嵌入）' : '发送短信'} />,
);
