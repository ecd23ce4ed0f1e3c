// Route guard for sign-up and sign-in: someone already signed in goes to Start here.
import { Navigate, Outlet } from 'react-router-dom';
import { useMe } from '../api/auth.queries';
import { FullPageLoader } from './FullPageLoader';

export function VisitorsOnly() {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to="/start" replace />;
  return <Outlet />;
}
