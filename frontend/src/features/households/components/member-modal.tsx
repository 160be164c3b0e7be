import { useEffect } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ProblemAlert } from '@/components';
import type { Household, Member } from '@/lib/api/types';
import { useAddMember } from '../api/add-member';
import { useUpdateMember } from '../api/update-member';
import {
  emptyMember,
  memberCreateBody,
  memberErrors,
  memberToForm,
  memberUpdateBody,
  type MemberFormValues,
} from '../form-model';
import { MemberFields } from './member-fields';
import { useServerErrors } from './use-server-errors';

interface MemberModalProps {
  household: Household;
  /** The member to edit; a new member when null. */
  member: Member | null;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function MemberModal({ household, member, opened, onClose, onReload }: MemberModalProps) {
  const { t } = useTranslation();
  const add = useAddMember();
  const update = useUpdateMember();
  const mutation = member ? update : add;
  const form = useForm<MemberFormValues>({
    initialValues: member ? memberToForm(member) : emptyMember(),
    validate: (values) => {
      const errors = memberErrors(values);
      if (values.relationship === 'HEAD' && member?.relationship !== 'HEAD') {
        errors.relationship = 'households.validation.headNotHere';
      }
      return Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(key)]));
    },
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (opened) {
      form.setValues(member ? memberToForm(member) : emptyMember());
      form.clearErrors();
      add.reset();
      update.reset();
    }
  }, [opened, member]);

  const { problem, conflict, otherMessages } = useServerErrors(form, mutation.error);

  const submit = (values: MemberFormValues) => {
    const done = () => {
      notifications.show({ color: 'green', message: t('households.members.saved') });
      onClose();
    };
    if (member) {
      update.mutate(
        { householdId: household.id, memberId: member.id, version: household.version, body: memberUpdateBody(values) },
        { onSuccess: done },
      );
    } else {
      add.mutate(
        { householdId: household.id, version: household.version, body: memberCreateBody(values) },
        { onSuccess: done },
      );
    }
  };

  const reload = async () => {
    await onReload();
    mutation.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={member ? t('households.members.editTitle', { name: member.fullName }) : t('households.members.addTitle')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(submit, () =>
          window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0),
        )}
      >
        <Stack gap="md">
          {conflict && <ConflictAlert onReload={() => void reload()} />}
          {problem && !conflict && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <MemberFields
            form={form}
            withJoinedOn={!member}
            relationshipLocked={member?.relationship === 'HEAD'}
            allowHead={member?.relationship === 'HEAD'}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
