import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguageProvider } from '@/lib/api/client';
import { currentLanguage, i18n } from '@/lib/i18n';
import { App } from './app/app';

document.documentElement.lang = i18n.language;
setLanguageProvider(currentLanguage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
