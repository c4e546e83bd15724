import { Column, Entity, Index } from 'typeorm';
import { IdColumn } from '../common/database/columns';

/** A body a speaker works for or that runs a conference (ADCS, ADASS, LGA, Ofsted, a council…). */
@Entity('organisations')
export class OrganisationEntity {
  @IdColumn() id!: string;

  @Index({ unique: true })
  @Column('varchar', { length: 200 })
  name!: string;
}
