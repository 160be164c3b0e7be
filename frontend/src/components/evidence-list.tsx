import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassificationEvidence } from '@/lib/api/types';
import { factLabel, factValue, subjectLabel } from '@/lib/classification';
import { currentLanguage } from '@/lib/i18n';

/** The registry's facts behind a proposed indicator: "who — fact: value", one a line; a dash when none. */
export function EvidenceList({ evidence }: { evidence: ClassificationEvidence[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <List size="sm" spacing={0} listStyleType="none">
      {evidence.map((e, i) => (
        <List.Item key={`${e.subject}-${e.fact}-${i}`}>
          <Text component="span" size="sm" fw={600}>
            {subjectLabel(t, e.subject)}
          </Text>
          {' — '}
          {factLabel(t, e.fact)}: {factValue(t, e, language)}
        </List.Item>
      ))}
    </List>
  );
}
