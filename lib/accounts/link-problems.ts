/** What an unusable e-mailed link is told, by the token check's reason (lib/accounts/tokens.ts): keys of the `auth` messages. */
export const INVITATION_LINK_PROBLEM = { invalid: 'invitationInvalid', used: 'invitationUsed', expired: 'invitationExpired' } as const;
export const RESET_LINK_PROBLEM = {
  invalid: 'resetInvalid',
  used: 'resetInvalid',
  expired: 'resetExpired',
  passwordTooCommon: 'resetInvalid',
} as const;
