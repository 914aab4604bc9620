// Only the widgets this page shows (each entry registers <crm-provider> too).
import '@rapport/elements/define/contact-card';
import '@rapport/elements/define/ticket-widget';
import { createApp } from 'vue';
import AccountWorkspace from './AccountWorkspace.vue';

createApp(AccountWorkspace).mount('#app');
