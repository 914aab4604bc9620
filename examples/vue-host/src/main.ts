import '@rapport/elements/define';
import { createApp } from 'vue';
import AccountWorkspace from './AccountWorkspace.vue';

createApp(AccountWorkspace).mount('#app');
