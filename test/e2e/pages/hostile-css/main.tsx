/** @jsxImportSource react */
// The React textarea console (page 1) under hostile global CSS (hostile.css).
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { ReactTextareaConsole } from '../react-textarea/App';
import './hostile.css';

createRoot(document.getElementById('root')!).render(<ReactTextareaConsole kind="hostile-css" title="发送短信（敌意 CSS）" />);
