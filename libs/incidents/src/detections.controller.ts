import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ActorRef, DetectionView, Page } from '@cordon/contracts';
import { Public, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView } from '@cordon/platform';
import { DetectionActor, DetectionAuthGuard } from './detection-auth.guard';
import { DetectionDto, DetectionQueryDto } from './dto/detection.dto';
import { DetectionsService } from './detections.service';

@ApiTags('detections')
@ApiBearerAuth()
@Controller('detections')
export class DetectionsController {
  constructor(private readonly detections: DetectionsService) {}

  @Post()
  @Public()
  @UseGuards(DetectionAuthGuard)
  @ApiHeader({ name: 'X-Api-Key', required: false, description: 'monitoring (DETECTION_API_KEY)' })
  @ApiOperation({ summary: 'On a reopened LAN the device is isolated and a task created' })
  @ApiView('DetectionView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'unprocessable')
  record(@Body() dto: DetectionDto, @DetectionActor() actor: ActorRef): Promise<DetectionView> {
    return this.detections.record(dto, actor);
  }

  @Get()
  @Roles('owner', 'command')
  @ApiPage('DetectionView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: DetectionQueryDto): Promise<Page<DetectionView>> {
    return this.detections.list(query);
  }
}
