// Entry of the web app: providers (Mantine, notifications, queries, router) around the routes.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/dates/styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client';
import { queryKeys } from './api/query-keys';
import { App } from './App';
import notificationClasses from './notifications.module.css';
import { theme } from './theme';
import { LocalizedDates } from './format/LocalizedDates';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended elsewhere: forget who was signed in, the guard sends to sign-in.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) {
        queryClient.setQueryData(queryKeys.me, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
        failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LocalizedDates>
        <Notifications position="top-right" classNames={notificationClasses} />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </LocalizedDates>
    </MantineProvider>
  </StrictMode>,
);
