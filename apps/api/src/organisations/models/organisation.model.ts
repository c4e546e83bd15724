import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationEntity } from '../organisation.entity';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

export const toOrganisationModel = (e: OrganisationEntity): OrganisationModel => ({ id: e.id, name: e.name });
