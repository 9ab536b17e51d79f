import { Test } from '@nestjs/testing';
import { loadConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { DevMailCatcher } from './dev-mail-catcher';
import { MailSender } from './mail-sender';
import { NotifyModule } from './notify.module';
import { RecordingSmsSender } from './recording-sms-sender';
import { SMS_SENDER } from './sms-sender';
import { TwilioSmsSender } from './twilio-sms-sender';

describe(NotifyModule.name, () => {
  async function build(env: Record<string, string>) {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({ NODE_ENV: 'test', ...env })), NotifyModule],
    }).compile();
    await moduleRef.init();
    return moduleRef;
  }

  it('records SMS when no Twilio credentials are configured', async () => {
    const moduleRef = await build({});
    expect(moduleRef.get(SMS_SENDER)).toBeInstanceOf(RecordingSmsSender);
    expect(moduleRef.get(MailSender)).toBeInstanceOf(MailSender);
    expect(moduleRef.get(DevMailCatcher)).toBeInstanceOf(DevMailCatcher);
    await moduleRef.close();
  });

  it('sends SMS through Twilio when credentials are configured, and closes it on shutdown', async () => {
    const moduleRef = await build({
      TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32),
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_FROM: '+15005550006',
    });
    const sender = moduleRef.get(SMS_SENDER);
    expect(sender).toBeInstanceOf(TwilioSmsSender);
    const close = jest.spyOn(sender as TwilioSmsSender, 'close');
    await moduleRef.close();
    expect(close).toHaveBeenCalled();
  });
});
