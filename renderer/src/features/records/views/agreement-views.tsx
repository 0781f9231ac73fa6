/** How an agreement reads (its terms as a table, amounts in figures and capitals) and a performance of one term. */
import { Stack, Table, Text } from '@mantine/core'
import { amountWords, obligorName } from '../form-support'
import { money, type RecordViewFn } from './view-support'

export const agreementView: RecordViewFn<'agreement'> = ({ data: d }, { t, label: L, caseData }) => {
  const total = d.terms.reduce((sum, term) => sum + term.amountFen, 0)
  return [
    { label: L('form'), value: t(`records.agreement.forms.${d.form}`) },
    { label: L('reachedDate'), value: d.effectiveDate },
    { label: L('facts'), value: d.facts, long: true },
    { label: L('responsibilities'), value: d.responsibilities, long: true },
    {
      label: L('terms'),
      long: true,
      value: (
        <Stack gap={4}>
          <Table withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{L('description')}</Table.Th>
                <Table.Th>{L('amount')}</Table.Th>
                <Table.Th>{L('obligor')}</Table.Th>
                <Table.Th>{L('manner')}</Table.Th>
                <Table.Th>{L('dueDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.terms.map((term, i) => (
                <Table.Tr key={term.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{term.description}</Table.Td>
                  <Table.Td>{term.amountFen > 0 ? money(t, term.amountFen) : '—'}</Table.Td>
                  <Table.Td>{obligorName(caseData, term.obligorPartyId, L('obligorAll')) || '—'}</Table.Td>
                  <Table.Td>{term.manner || '—'}</Table.Td>
                  <Table.Td>{term.dueDate || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">{t('records.agreement.total', amountWords(total))}</Text>
        </Stack>
      ),
    },
  ]
}

export const performanceView: RecordViewFn<'performance'> = ({ data: d }, { t, label: L, records }) => {
  // The term it performs, by number and words, from whichever agreement of the case holds it.
  let term: string = d.termId
  for (const r of records ?? []) {
    if (r.kind !== 'agreement') continue
    const terms = r.data.terms
    const i = terms.findIndex((x) => x.id === d.termId)
    if (i >= 0) term = `${i + 1}. ${terms[i]?.description ?? ''}`
  }
  return [
    { label: L('term'), value: term, long: true },
    { label: L('at'), value: d.at },
    { label: L('amount'), value: money(t, d.amountFen) },
    { label: L('receiptNo'), value: d.receiptNo },
    ...(d.complete ? [{ label: L('complete'), value: '✓' }] : []),
    { label: L('note'), value: d.note, long: true },
  ]
}
