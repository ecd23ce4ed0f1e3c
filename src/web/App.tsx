// The routes of the web app: sign-up and sign-in for visitors, the app shell for the signed-in.
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { HomeRedirect } from './components/HomeRedirect';
import { RequireSession } from './components/RequireSession';
import { VisitorsOnly } from './components/VisitorsOnly';
import { LoginPage } from './pages/auth/LoginPage';
import { SignupPage } from './pages/auth/SignupPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { BoardPage } from './pages/board/BoardPage';
import { CardPage } from './pages/cards/CardPage';
import { ModuleSettingsPage } from './pages/module-settings/ModuleSettingsPage';
import { CompanySettingsPage } from './pages/settings/CompanySettingsPage';
import { ModulesPage } from './pages/settings/ModulesPage';
import { UsersPage } from './pages/settings/UsersPage';
import { StartHerePage } from './pages/start/StartHerePage';
import { TrashPage } from './pages/trash/TrashPage';

export function App() {
  return (
    <Routes>
      <Route index element={<HomeRedirect />} />
      <Route element={<VisitorsOnly />}>
        <Route path="signup" element={<SignupPage />} />
        <Route path="login" element={<LoginPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route path="start" element={<StartHerePage />} />
          <Route path="settings" element={<Navigate to="/settings/company" replace />} />
          <Route path="settings/company" element={<CompanySettingsPage />} />
          <Route path="settings/modules" element={<ModulesPage />} />
          <Route path="settings/users" element={<UsersPage />} />
          <Route path="modules/:moduleId" element={<BoardPage />} />
          <Route path="modules/:moduleId/settings" element={<ModuleSettingsPage />} />
          <Route path="cards/:cardId" element={<CardPage />} />
          <Route path="trash" element={<TrashPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
