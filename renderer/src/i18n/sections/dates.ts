/** Messages for the shared date and date-time fields (`dates`): the marks on holidays and 调休 days. */

const zhCN = {
  dates: {
    off: '休',
    offLabel: '法定节假日',
    working: '班',
    workingLabel: '调休上班',
    clear: '清除日期',
    nextMonth: '下个月',
    previousMonth: '上个月',
    nextYear: '下一年',
    previousYear: '上一年',
    nextDecade: '后十年',
    previousDecade: '前十年',
    monthLevel: '选择月份',
    yearLevel: '选择年份',
    confirmTime: '确定',
  },
}

const en: typeof zhCN = {
  dates: {
    off: 'H',
    offLabel: 'Public holiday',
    working: 'W',
    workingLabel: 'Make-up working day',
    clear: 'Clear date',
    nextMonth: 'Next month',
    previousMonth: 'Previous month',
    nextYear: 'Next year',
    previousYear: 'Previous year',
    nextDecade: 'Next decade',
    previousDecade: 'Previous decade',
    monthLevel: 'Choose month',
    yearLevel: 'Choose year',
    confirmTime: 'Done',
  },
}

export const datesMessages = { zhCN, en }
