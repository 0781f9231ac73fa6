/** Messages for resetting a forgotten password with the recovery key (`recoverAccount`). */

const zhCN = {
  recoverAccount: {
    link: '忘记密码？使用恢复密钥',
    title: '使用恢复密钥重设密码',
    intro:
      '恢复密钥是初始设置时打印或抄写的 8 组字符。持有它的人可以为任一账户设置新密码，数据不会丢失。此操作会记入审计日志。',
    username: '用户名',
    recoveryKey: '恢复密钥',
    recoveryKeyPlaceholder: 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX',
    newPassword: '新密码',
    confirm: '再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    submit: '重设密码',
    back: '返回登录',
    done: '密码已重设，请用新密码登录。',
  },
}

const en: typeof zhCN = {
  recoverAccount: {
    link: 'Forgot your password? Use the recovery key',
    title: 'Reset a password with the recovery key',
    intro:
      'The recovery key is the 8 groups of characters printed or written down at setup. Whoever holds it can set a new password for any account without losing data. The reset is recorded in the audit log.',
    username: 'Username',
    recoveryKey: 'Recovery key',
    recoveryKeyPlaceholder: 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX',
    newPassword: 'New password',
    confirm: 'New password again',
    mismatch: 'The two new passwords differ',
    submit: 'Reset password',
    back: 'Back to sign-in',
    done: 'The password has been reset. Sign in with the new password.',
  },
}

export const recoveryMessages = { zhCN, en }
