import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { Providers } from './providers';
import { Layout } from './layout';
import { CustomerListScreen } from '../features/customers/list/customer-list-screen';
import { CustomerDetailScreen } from '../features/customers/detail/customer-detail-screen';
import { TrashScreen } from '../features/customers/trash/trash-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { ImportScreen } from '../features/data/import/import-screen';
import { TodayScreen } from '../features/today/today-screen';
import { RemindersScreen } from '../features/reminders/reminders-screen';
import { VisitsScreen } from '../features/visits/visits-screen';
import { DayPlanScreen } from '../features/visits/day-plan-screen';

// HashRouter: the packaged app loads index.html from file://, where path URLs cannot resolve.
export function App() {
  return (
    <Providers>
      <HashRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/today" replace />} />
            <Route path="today" element={<TodayScreen />} />
            <Route path="reminders" element={<RemindersScreen />} />
            <Route path="visits" element={<VisitsScreen />} />
            <Route path="visits/day/:date" element={<DayPlanScreen />} />
            <Route path="customers" element={<CustomerListScreen />} />
            <Route path="customers/:id" element={<CustomerDetailScreen />} />
            <Route path="import" element={<ImportScreen />} />
            <Route path="trash" element={<TrashScreen />} />
            <Route path="settings" element={<SettingsScreen />} />
            <Route path="*" element={<Navigate to="/customers" replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </Providers>
  );
}
