/** Every entity of the patching feature (TypeORM reads them from here and from tools/db/schema.ts). */
export const PATCHING_ENTITIES: (new () => object)[] = [];
