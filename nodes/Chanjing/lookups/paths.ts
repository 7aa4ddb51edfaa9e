/**
 * Chanjing's lookup lists (products catalogue 3.4, 5, 6, 7): what avatars, voices, fonts and tags
 * an account can use. Each is read, never changed; none costs credits.
 */
export const PUBLIC_AVATARS_PATH = '/open/v1/list_common_dp';
export const CUSTOM_AVATARS_PATH = '/open/v1/list_customised_person';
export const PUBLIC_VOICES_PATH = '/open/v1/list_common_audio';
export const CLONED_VOICES_PATH = '/open/v1/list_customised_audio';
export const FONTS_PATH = '/open/v1/font_list';
export const TAGS_PATH = '/open/v1/common/tag_list';

/**
 * Entries per page of a lookup list. No source states Chanjing's maximum; a third-party client
 * caps `size` at 50 (catalogue 12), so the node asks for no more.
 */
export const LOOKUP_PAGE_SIZE = 50;

/** Pages one reading of a whole list takes at most (2000 entries): a bound, not a known size. */
export const MAX_LOOKUP_PAGES = 40;

/** `tag_list`'s business type of digital humans (SPEC's description: 1 avatars, 2 voices). */
export const AVATAR_TAG_BUSINESS_TYPE = 1;

/**
 * `list_customised_person`'s `source`: 0 avatars made through the API (the default), 1 made on
 * Chanjing's website (SPEC enum DpOpenSourceType, GO, EL). create_video takes the same `source`.
 */
export const AVATAR_SOURCES = [0, 1] as const;
export type AvatarSource = (typeof AVATAR_SOURCES)[number];
