/** The kinds of file Chanjing's tasks deliver and its uploads take. */
export type MediaKind = 'video' | 'image' | 'audio';
