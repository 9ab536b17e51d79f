import { Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DevMailCatcher } from './dev-mail-catcher';
import { MailSender } from './mail-sender';
import { RecordingSmsSender } from './recording-sms-sender';
import { SMS_SENDER, SmsSender } from './sms-sender';
import { TwilioSmsSender } from './twilio-sms-sender';

/** Twilio when TWILIO_ACCOUNT_SID/AUTH_TOKEN/FROM are configured, else the recorder. */
export function createSmsSender(config: AppConfig): SmsSender {
  return config.twilio
    ? new TwilioSmsSender(config.twilio, { timeoutMs: config.sms.timeoutMs })
    : new RecordingSmsSender(config.smsDir);
}

/** Closes the Twilio client's kept-alive sockets at shutdown. */
@Injectable()
class SmsSenderCloser implements OnModuleDestroy {
  constructor(@Inject(SMS_SENDER) private readonly sender: SmsSender) {}
  onModuleDestroy(): void {
    if (this.sender instanceof TwilioSmsSender) this.sender.close();
  }
}

/**
 * Email and SMS senders for the worker (STYLE.md habit 5: only workers talk to
 * nodemailer and twilio). Needs APP_CONFIG (PlatformModule or ConfigModule). Nothing
 * connects until the first send; the development mail catcher listens only once the
 * worker calls `DevMailCatcher.start()`.
 */
@Global()
@Module({
  providers: [
    MailSender,
    DevMailCatcher,
    { provide: SMS_SENDER, inject: [APP_CONFIG], useFactory: createSmsSender },
    SmsSenderCloser,
  ],
  exports: [MailSender, DevMailCatcher, SMS_SENDER],
})
export class NotifyModule {}
