import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The directory's departments table as auth's integration tests see it: users name
 * their department by entity (`'DepartmentEntity'`), and auth may not import the
 * directory, which imports auth. The columns a test writes are enough.
 */
@Entity('departments')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
