/** What an unusable invitation link is told, by the token check's reason (lib/accounts/tokens.ts). */
export const INVITATION_LINK_PROBLEM = { invalid: 'invitationInvalid', used: 'invitationUsed', expired: 'invitationExpired' } as const;
