import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small server-side values that must survive restarts (e.g. the generated feed-token secret). */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn('varchar', { length: 60 }) name!: string;
  @Column('text') value!: string;
}
