import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './app/i18n';
import { browserLocale, isLocale, storedLocale, storeLocale } from './app/locale';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// Texts of the visitor's language first: a `?lang=` in the address (emailed links carry the
// recipient's language), else their last choice, else the browser's. The profile's language
// replaces it after sign-in.
const requested = new URLSearchParams(window.location.search).get('lang');
if (isLocale(requested)) storeLocale(requested);
await initI18n(storedLocale() ?? browserLocale());

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
