/** The screens, each at a URL of its own (deep links work on reload: cronica serves index.html
 * for every path that is not an API's). Heavier screens load when first opened. */
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { Layout } from "./components/Layout";
import { Loading } from "./components/Loading";
import { Dashboard } from "./screens/Dashboard";

const IncidentList = lazy(() => import("./screens/incidents/IncidentList"));
const IncidentPage = lazy(() => import("./screens/incidents/IncidentPage"));
const AgendaPage = lazy(() => import("./screens/agenda/AgendaPage"));
const CustomerList = lazy(() => import("./screens/customers/CustomerList"));
const CustomerPage = lazy(() => import("./screens/customers/CustomerPage"));
const RecordHistory = lazy(() => import("./screens/history/RecordHistory"));
const Opportunities = lazy(() => import("./screens/opportunities/Opportunities"));
const OpportunityPage = lazy(() => import("./screens/opportunities/OpportunityPage"));
const TaskQueues = lazy(() => import("./screens/tasks/TaskQueues"));
const TaskPage = lazy(() => import("./screens/tasks/TaskPage"));
const MessageBoxes = lazy(() => import("./screens/messages/MessageBoxes"));
const MessagePage = lazy(() => import("./screens/messages/MessagePage"));
const NoticeList = lazy(() => import("./screens/messages/NoticeList"));
const NoticePage = lazy(() => import("./screens/messages/NoticePage"));
const TimesheetPage = lazy(() => import("./screens/timesheets/TimesheetPage"));
const AgentActivityPage = lazy(() => import("./screens/timesheets/AgentActivityPage"));
const AdminPage = lazy(() => import("./screens/admin/AdminPage"));
const PlanningBoard = lazy(() => import("./screens/planning/PlanningBoard"));
const RepairOrderList = lazy(() => import("./screens/repairs/RepairOrderList"));
const RepairOrderPage = lazy(() => import("./screens/repairs/RepairOrderPage"));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Dashboard />} />
          <Route path="/incidents" element={<IncidentList />} />
          <Route path="/incidents/:id" element={<IncidentPage />} />
          <Route path="/agenda" element={<AgendaPage />} />
          <Route path="/history/:id" element={<RecordHistory />} />
          <Route path="/customers" element={<CustomerList />} />
          <Route path="/customers/:id" element={<CustomerPage />} />
          <Route path="/opportunities" element={<Opportunities />} />
          <Route path="/opportunities/:id" element={<OpportunityPage />} />
          <Route path="/tasks" element={<TaskQueues />} />
          <Route path="/tasks/:id" element={<TaskPage />} />
          <Route path="/messages" element={<MessageBoxes />} />
          <Route path="/messages/:id" element={<MessagePage />} />
          <Route path="/notices" element={<NoticeList />} />
          <Route path="/notices/:id" element={<NoticePage />} />
          <Route path="/timesheets" element={<TimesheetPage />} />
          <Route path="/activity" element={<AgentActivityPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/planning" element={<PlanningBoard />} />
          <Route path="/repair-orders" element={<RepairOrderList />} />
          <Route path="/repair-orders/:id" element={<RepairOrderPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
