/** A file name for a generated document: case number and title, without characters no file system takes. */
export function documentFileName(caseNo: string, title: string, extension: 'pdf' | 'docx'): string {
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  const safe = `${caseNo} ${title}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 180)
  return `${safe}.${extension}`
}
