import type { AreaRepository } from '../areas/ports.ts';
import type { Clock } from '../clock.ts';
import type { ChatRepository } from '../ports.ts';
import type { GroupSettingsRepository, SettingsAudit } from './ports.ts';

/** What the group settings use cases need. */
export interface GroupSettingsDeps {
  chats: ChatRepository;
  settings: GroupSettingsRepository;
  audit: SettingsAudit;
  areas: Pick<AreaRepository, 'listAll' | 'get'>;
  clock: Clock;
  /** Used when a chat has no zone of its own. */
  defaultTimeZone: string;
}
