/** The counselling area's own routes: the client list, one client's file, and an exception's printable record. */
import { Route, Routes } from 'react-router'
import { ClientPage } from './ClientPage/ClientPage'
import { ExceptionPrintPage } from './ClientPage/ExceptionPrintPage'
import { CounsellingPage } from './CounsellingPage/CounsellingPage'

export function CounsellingArea() {
  return (
    <Routes>
      <Route index element={<CounsellingPage />} />
      <Route path=":clientId" element={<ClientPage />} />
      <Route path=":clientId/print/:recordId" element={<ExceptionPrintPage />} />
    </Routes>
  )
}
