// The server's phrases come from the engine's one message catalogue (keys action.* and status.*).
import { render, type Lang } from '../engine/index.js';

type Key = 'fixAll' | 'fixAllRule' | 'disableLine' | 'disableTable' | 'showDocs';

export function serverText(lang: Lang, key: Key, data: Record<string, string | number> = {}): string {
  return render(`action.${key}`, data, lang);
}
