import { createApp } from 'vue';
import '../shared/console.css';
import App from './App.vue';

createApp(App).mount('#root');
