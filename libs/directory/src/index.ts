export * from './directory.module';
export * from './directory-lookup.service';
export * from './departments.service';
export * from './lans.service';
export * from './staff.service';
export * from './staff-audience.service';
export * from './staff-import.service';
export { DIRECTORY_ENTITIES } from './entities';
export { ImportQueryDto } from './dto/staff.dto';
