'use server';
/**
 * The administrator's server actions. Each is built on adminActionClient (signed in, administrator,
 * checked first), validates with its form's schema and calls the use case, which writes the change and
 * its audit record in one transaction. Refusals come back as keys of `actionErrors`; problems with one
 * field as that field's validation error.
 */
import { revalidatePath } from 'next/cache';
import { returnValidationErrors } from 'next-safe-action';
import { demoOutboxLink } from '@/lib/email/demo-outbox-link';
import { adminActionClient } from '@/lib/actions/client';
import { changeUserAccess } from './change-user-access';
import { inviteCoordinator, resendInvitation } from './invite-coordinator';
import { createMeeting, updateMeeting } from './meetings';
import { editMeetingSchema, inviteCoordinatorSchema, meetingSchema, siteSettingsSchema, userAccessSchema, userRefSchema } from './schemas';
import { updateSiteSettings } from './settings';
import { deactivateUser, reactivateUser } from './user-activation';

function refreshAdmin() {
  revalidatePath('/[locale]/admin', 'layout');
}

/** Meetings are public pages too: the list, each fact sheet and the home page's latest meeting. */
function refreshMeetings() {
  refreshAdmin();
  revalidatePath('/[locale]', 'layout');
}

export const inviteCoordinatorAction = adminActionClient.inputSchema(inviteCoordinatorSchema).action(async ({ parsedInput, ctx }) => {
  const result = await inviteCoordinator(ctx.user, parsedInput);
  if (!result.ok) return returnValidationErrors(inviteCoordinatorSchema, { [result.field]: { _errors: [result.reason] } });
  refreshAdmin();
  return { userId: result.userId, outboxLink: demoOutboxLink(result.email) };
});

export const resendInvitationAction = adminActionClient.inputSchema(userRefSchema).action(async ({ parsedInput, ctx }) => {
  const email = await resendInvitation(ctx.user, parsedInput.userId);
  return { outboxLink: demoOutboxLink(email) };
});

export const changeUserAccessAction = adminActionClient.inputSchema(userAccessSchema).action(async ({ parsedInput, ctx }) => {
  changeUserAccess(ctx.user, parsedInput);
  refreshAdmin();
  return { saved: true };
});

export const deactivateUserAction = adminActionClient.inputSchema(userRefSchema).action(async ({ parsedInput, ctx }) => {
  deactivateUser(ctx.user, parsedInput.userId);
  refreshAdmin();
  return { active: false };
});

export const reactivateUserAction = adminActionClient.inputSchema(userRefSchema).action(async ({ parsedInput, ctx }) => {
  reactivateUser(ctx.user, parsedInput.userId);
  refreshAdmin();
  return { active: true };
});

export const createMeetingAction = adminActionClient.inputSchema(meetingSchema).action(async ({ parsedInput, ctx }) => {
  const result = createMeeting(ctx.user, parsedInput);
  if (!result.ok) return returnValidationErrors(meetingSchema, { slug: { _errors: [result.reason] } });
  refreshMeetings();
  return { slug: result.slug };
});

export const updateMeetingAction = adminActionClient.inputSchema(editMeetingSchema).action(async ({ parsedInput, ctx }) => {
  const { meetingId, ...input } = parsedInput;
  const result = updateMeeting(ctx.user, meetingId, input);
  if (!result.ok) return returnValidationErrors(editMeetingSchema, { slug: { _errors: [result.reason] } });
  refreshMeetings();
  return { slug: result.slug };
});

export const updateSiteSettingsAction = adminActionClient.inputSchema(siteSettingsSchema).action(async ({ parsedInput, ctx }) => {
  updateSiteSettings(ctx.user, parsedInput);
  refreshAdmin();
  return { saved: true };
});
