import { createApp } from 'vue';
import 'element-plus/dist/index.css';
import '../shared/console.css';
import App from './App.vue';

createApp(App).mount('#root');
