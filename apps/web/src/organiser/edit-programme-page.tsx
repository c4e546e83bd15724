import { OrganiserOnly } from './organiser-only';
import { ProgrammeEditor } from './programme-editor';

export function EditProgrammePage({ slug }: { slug: string }) {
  return (
    <OrganiserOnly title="Edit programme" doing="edit the programme">
      <ProgrammeEditor slug={slug} />
    </OrganiserOnly>
  );
}
