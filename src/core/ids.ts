/** Telegram ids pass 2^32 (supergroups are -100xxxxxxxxxx), so they are bigint, branded per kind. */
export type ChatId = bigint & { readonly __brand: 'ChatId' };
export type UserId = bigint & { readonly __brand: 'UserId' };

export const chatId = (value: number | bigint | string): ChatId => BigInt(value) as ChatId;
export const userId = (value: number | bigint | string): UserId => BigInt(value) as UserId;

/** Private chats share the user's id; groups are negative. */
export const isGroupId = (id: ChatId): boolean => id < 0n;
