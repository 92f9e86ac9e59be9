import { createApp } from 'vue';
import 'ant-design-vue/dist/reset.css';
import '../shared/console.css';
import App from './App.vue';

createApp(App).mount('#root');
