import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ConferenceEntity } from '../conferences/conference.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { NoteEntity } from './note.entity';
import { NotesExportController } from './notes-export.controller';
import { NotesResolver, SessionNoteResolver } from './notes.resolver';
import { NotesService } from './notes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([NoteEntity, SessionEntity, ConferenceEntity, SessionSpeakerEntity]),
    AccountsModule,
  ],
  providers: [NotesService, NotesResolver, SessionNoteResolver],
  controllers: [NotesExportController],
  exports: [NotesService],
})
export class NotesModule {}
