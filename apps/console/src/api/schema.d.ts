// Generated from the api's OpenAPI document by `npm run openapi:generate`. Do not edit.
export interface paths {
  '/api/v1/ack/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicCommsController_ackByGet'];
    put?: never;
    post: operations['PublicCommsController_ackByPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/advisories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Advisories, newest first */
    get: operations['AdvisoriesController_list'];
    put?: never;
    /** Records an advisory: its identifier, severity, affected builds, patch */
    post: operations['AdvisoriesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/advisories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdvisoriesController_get'];
    put?: never;
    post?: never;
    /** Deletes an advisory no campaign has used; 409 conflict otherwise */
    delete: operations['AdvisoriesController_remove'];
    options?: never;
    head?: never;
    /** Changes the fields given */
    patch: operations['AdvisoriesController_update'];
    trace?: never;
  };
  '/api/v1/auth/group-mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The mapping from the provider's groups to roles and departments */
    get: operations['GroupMappingsController_list'];
    put?: never;
    /** Map a group to a role (an itu mapping names its department) */
    post: operations['GroupMappingsController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/group-mappings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a mapping (users keep their roles until their next sign-in) */
    delete: operations['GroupMappingsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange email and password for an access token (rate limited per address; repeated failures for one account wait longer and longer, never a lockout) */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: the token stops working at once */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the sign-in page offers: password sign-in, single sign-on */
    get: operations['OidcController_methods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/baseline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InventoryController_getBaseline'];
    put: operations['InventoryController_putBaseline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BroadcastsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BroadcastsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BroadcastsController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}/retry-failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BroadcastsController_retryFailed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}/silent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BroadcastsController_silent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/broadcasts/{id}/unreachable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BroadcastsController_unreachable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Patch campaigns, newest first, with device counts */
    get: operations['CampaignsController_list'];
    put?: never;
    /** Starts a campaign for an advisory: like machines picked per affected build (desktops first) unless testDeviceIds are given; 409 while the advisory has one under way, 422 when no device runs an affected build */
    post: operations['CampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's board; ITU members see their own department's stage */
    get: operations['CampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The owner approves; 409 approval_blocked with blockers while a build is untested or a test has no result or failed, unless overrideReason is given. The patch joins the baseline's required patches */
    post: operations['CampaignsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Devices of started stages by host name; ITU members see their own department's */
    get: operations['RolloutController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/devices/{deviceId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exclusive: exactly one claimer wins; 409 already_claimed names the holder */
    post: operations['RolloutController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/devices/{deviceId}/incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Asks again for the incident of a failed device (when opening it failed); the same incident for a repeat */
    post: operations['RolloutController_openIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/devices/{deviceId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks the device patched (its record gains the patch) or failed (note required); a failed live server of a critical service opens a linked incident with its fall-back plan */
    post: operations['RolloutController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/devices/{deviceId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Back to pending: by the claimer, the owner or command staff */
    post: operations['RolloutController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's events after sinceSeq, oldest first (the board polls it) */
    get: operations['CampaignsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Starts a department's stage: its affected devices without the patch become pending for its ITU; 409 when started already */
    post: operations['CampaignsController_startStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/test-devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The owner's like machines, while testing; kept ones keep their results */
    put: operations['CampaignsController_setTestDevices'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/test-devices/{deviceId}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records what the test on a like machine found (again replaces it) */
    post: operations['CampaignsController_recordTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InventoryController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/critical-services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CriticalServicesController_list'];
    put?: never;
    post: operations['CriticalServicesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/critical-services/deciders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active users who may decide a fall-back (owner or command role) */
    get: operations['CriticalServicesController_deciders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/critical-services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CriticalServicesController_get'];
    put: operations['CriticalServicesController_update'];
    post?: never;
    delete: operations['CriticalServicesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectoryController_listDepartments'];
    put?: never;
    post: operations['DirectoryController_createDepartment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectoryController_getDepartment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/detections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DetectionsController_list'];
    put?: never;
    /** On a reopened LAN the device is isolated and a task created */
    post: operations['DetectionsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InventoryController_listDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InventoryController_importDevices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InventoryController_getDevice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DirectivesController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directory/contact-readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ContactReadinessController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directory/contact-readiness/gaps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ContactReadinessController_gaps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directory/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectorySyncController_status'];
    put?: never;
    post: operations['DirectorySyncController_sync'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fault-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FaultReportsController_list'];
    put?: never;
    /** Matched to the incident covering the LAN or site; answered with its status */
    post: operations['FaultReportsController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 200 when PostgreSQL and Redis answer, 503 otherwise */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IncidentsController_list'];
    put?: never;
    /** Declare an incident with its one owner; reference INC-YYYY-NNNN */
    post: operations['IncidentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IncidentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['IncidentsController_edit'];
    trace?: never;
  };
  '/api/v1/incidents/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The event log as an attachment with its hash chain (each event carries the hash of the one before); check it with tools/audit-verify.ts */
    get: operations['IncidentAuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/broadcasts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BroadcastsController_list'];
    put?: never;
    post: operations['BroadcastsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/broadcasts/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BroadcastsController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The owner marks a decision (incident.decision_marked): a moment to feed the WARP; the text stays inside the council */
    post: operations['WarpController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/devices/{deviceId}/waive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LanPlansController_waive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/directives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectivesController_list'];
    put?: never;
    post: operations['DirectivesController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/eligible-owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active users who may own the incident (handover targets), its owner left out */
    get: operations['IncidentsController_eligibleOwners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The timeline: events after sinceSeq, oldest first */
    get: operations['IncidentsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The evidence pack (zip): report, audit export with its hash chain, review, ISO mapping, README */
    get: operations['ReviewsController_evidencePack'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/fallback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CriticalServicesController_fallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Only the current owner or an admin; both owners are told */
    post: operations['IncidentsController_handover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/lans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LanPlansController_list'];
    put?: never;
    post: operations['LanPlansController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/lans/{lanId}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** shut_down creates cleanup tasks; reopened passes the gate or 409 reopen_blocked */
    post: operations['LanPlansController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The printable plan, made from the current state: the incident, its LAN plan with phases and verified devices, tasks per department with their machines, whom to call (the owner, each IT unit), the next update time. `Accept: text/html` or ?format=html the print-ready page (A4; print or save as PDF from the browser). Whoever may read the incident; an ITU member gets their own department’s tasks and IT unit */
    get: operations['PlansController_plan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The incident report, computed from its event log: live while the incident runs, final once closed. JSON by default; ?format=html the printable page (inline SVG charts, A4 print CSS), ?format=md Markdown. Owners, command staff and admins (CONTRACT.md) */
    get: operations['ReportsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The post-incident review (opened when the incident closed) */
    get: operations['ReviewsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Write its sections (owner, command) or sign it off (the owner) */
    patch: operations['ReviewsController_update'];
    trace?: never;
  };
  '/api/v1/incidents/{id}/review/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an action item with an owner and a due day */
    post: operations['ReviewsController_addAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/review/actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an action item, or mark it done (its owner too) */
    patch: operations['ReviewsController_changeAction'];
    trace?: never;
  };
  '/api/v1/incidents/{id}/review/assignees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who an action item may be given to (owners, command, ITU), by name */
    get: operations['ReviewsController_assignees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 409 close_blocked while LANs are down or tasks open, unless forced */
    post: operations['IncidentsController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IncidentsController_createTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/updates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An update to staff; resets nextUpdateDueAt */
    post: operations['IncidentsController_postUpdate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/warp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The anonymised WARP summary (no names, emails, mobiles, hostnames or IPs; departments as letters unless departmentNames=true), with its hash and the prompts to send one; format=md: the Markdown alone */
    get: operations['WarpController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/warp/prompts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The moments the owner should feed the WARP (declared, first detection, each decision, every LAN reopened, recovered), each answered by a later sending */
    get: operations['WarpController_prompts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/warp/sendings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every sending of a WARP summary, newest first (from the event log) */
    get: operations['WarpController_sendings'];
    put?: never;
    /** Send the summary: emailed to WARP_EMAIL through the outbox when it is set, else recorded as sent by hand; either way a warp.summary_sent event with its hash and the prompts it answers */
    post: operations['WarpController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LansController_list'];
    put?: never;
    post: operations['LansController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics across incidents from their event logs: mean (median, p90) time to acknowledge, contain and recover, claim and completion times per department, and the devices below the standard build when their LANs were planned */
    get: operations['ReportsController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s own action items (mine=true), by due day */
    get: operations['ReviewsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reviews, newest first, with their open and overdue action items */
    get: operations['ReviewsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectoryController_listSites'];
    put?: never;
    post: operations['DirectoryController_createSite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StaffController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['StaffController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StaffController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open incidents in plain words, their LANs and phases, the next update time (public)
     * @description Cached per api process until an incident event commits; answers 304 to If-None-Match with its ETag.
     */
    get: operations['StatusController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/status/fault-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A fault report from the public status page, without a login (rate limited); same answer as POST /fault-reports */
    post: operations['PublicFaultReportsController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/support-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectoryController_listUnits'];
    put?: never;
    post: operations['DirectoryController_createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks, newest first; ITU members see their own department only */
    get: operations['TasksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An incident's tasks counted per department and status; ITU members get their own department only */
    get: operations['TasksController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exclusive: exactly one claimer wins; 409 already_claimed */
    post: operations['TasksController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 422 evidence_below_baseline names what is missing */
    post: operations['TasksController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TasksController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TasksController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/unclaim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TasksController_unclaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TasksController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @enum {string} */
    AcknowledgementVia: 'link' | 'sms_reply' | 'console';
    AcknowledgementView: {
      broadcastId: string;
      recipientId: string;
      name: string;
      via: components['schemas']['AcknowledgementVia'];
      at: string;
      note: string | null;
      /** @description False when the recipient had acknowledged already (it counts once). */
      recorded: boolean;
    };
    /** @description Who did something, as recorded on every event. `null` id means the system. */
    ActorRef: {
      id: string | null;
      name: string;
      /** @enum {string} */
      kind: 'user' | 'system' | 'api_key';
    };
    AddLansDto: {
      lanIds: string[];
    };
    AddLansRequest: {
      lanIds: string[];
    };
    AdvisoryDto: {
      /**
       * @description the vendor's identifier
       * @example MS03-026
       */
      identifier: string;
      /** @example Buffer overrun in RPC interface could allow code execution */
      title: string;
      /** @enum {string} */
      severity: 'critical' | 'important' | 'moderate' | 'low';
      /**
       * @description OS builds as devices' os field names them
       * @example [
       *       "Windows XP Professional SP1",
       *       "Windows 2000 Professional SP4"
       *     ]
       */
      affectedBuilds: string[];
      /**
       * @description the patch as baselines' requiredPatches and devices' patches name it
       * @example MS03-026
       */
      patch: string;
      summary?: string;
    };
    /** @enum {string} */
    AdvisorySeverity: 'critical' | 'important' | 'moderate' | 'low';
    /** @description A vendor's security alert and the patch that removes the vulnerability. */
    AdvisoryView: {
      id: string;
      /** @description The vendor's identifier, upper case: MS03-026. */
      identifier: string;
      title: string;
      severity: components['schemas']['AdvisorySeverity'];
      /** @description The OS builds affected, as devices' `os` field names them (Windows 2000 SP4). */
      affectedBuilds: string[];
      /** @description The patch name as baselines and device records list it (upper case): KB823980. */
      patch: string;
      summary: string | null;
      createdAt: string;
      updatedAt: string;
    };
    /** @description Why approval waits: a build without a test device, a test without a result, a failed test. */
    ApprovalBlocker: {
      /** @enum {string} */
      why: 'untested_build' | 'no_result' | 'failed';
      build: string;
      deviceId: string | null;
      hostname: string | null;
    };
    ApproveCampaignDto: {
      /** @description required (10+ characters) to approve while a build is untested or a test has no result or failed */
      overrideReason?: string;
    };
    ApproveCampaignRequest: {
      /** @description Required to approve while a build is untested or a test has no result or failed. */
      overrideReason?: string;
    };
    AudienceDto: {
      /** @description every member of staff */
      all?: boolean;
      departmentIds?: string[];
      siteIds?: string[];
      lanIds?: string[];
    };
    /** @description `GET /auth/methods`: what the sign-in page offers. */
    AuthMethodsView: {
      localLogin: components['schemas']['LocalLoginMode'];
      /** @description Single sign-on with OpenID Connect; null when not configured. */
      sso: {
        displayName: string;
        loginUrl: string;
      } | null;
    };
    BaselineValues: {
      requiredPatches: string[];
      minAvSignatureDate: string | null;
    };
    BaselineView: {
      requiredPatches: string[];
      minAvSignatureDate: string | null;
      updatedAt: string | null;
      updatedBy: string | null;
    };
    /** @description 202: the broadcast is stored and queued; the same key answers the same broadcast. */
    BroadcastAccepted: {
      id: string;
      recipients: number;
    };
    BroadcastAcknowledgedData: {
      broadcastId: string;
      recipientId: string;
      name: string;
      via: components['schemas']['AcknowledgementVia'];
      note?: string;
    };
    BroadcastAudience: {
      all?: boolean;
      departmentIds?: string[];
      siteIds?: string[];
      lanIds?: string[];
    };
    /** @enum {string} */
    BroadcastChannel: 'email' | 'sms';
    BroadcastCreatedData: {
      broadcastId: string;
      kind: components['schemas']['BroadcastKind'];
      subject: string;
      subjectTemplate: string;
      channels: components['schemas']['BroadcastChannel'][];
      requireAck: boolean;
      recipients: number;
      deliveries: number;
      skipped: number;
      /** @description Present when the broadcast counted as an update to staff (it reset the cadence): the next update's due time it set (recorded since reports). */
      nextUpdateDueAt?: string | null;
    };
    BroadcastEscalatedData: {
      broadcastId: string;
      escalated: number;
      silent: number;
      noOtherChannel: number;
    };
    /** @description Jobs about one broadcast. */
    BroadcastJobData: {
      broadcastId: string;
    };
    /**
     * @description What made the broadcast: a person's broadcast, or a notice Cordon sent itself.
     * @enum {string}
     */
    BroadcastKind:
      | 'broadcast'
      | 'lan_notice'
      | 'update_reminder'
      | 'handover_notice'
      | 'directive_escalation'
      | 'directive_notice'
      | 'isolation_notice'
      | 'review_reminder'
      | 'unreachable_notice';
    /** @description 200: what a broadcast to this audience would make now, by the same rules: `recipients` people; per channel asked for, how many would be sent and skipped (a channel not asked for is `{reachable: 0, skipped: 0}`); skipped deliveries by reason (`no_email`, `no_mobile`, `invalid_mobile`, `no_sms_consent`; a reason with none is absent). */
    BroadcastPreview: {
      recipients: number;
      byChannel: {
        email: components['schemas']['ChannelReach'];
        sms: components['schemas']['ChannelReach'];
      };
      skippedReasons: {
        [key: string]: number;
      };
      /** @description The audience in parts by what each person would get and why ("the channel follows the network": staff of a LAN shut down or being cleaned get SMS, not email), largest first. The parts' `staff` add up to `recipients`. */
      routes: components['schemas']['BroadcastRoutePart'][];
      /** @description Staff on a closed LAN whom no SMS reaches (no mobile, not E.164, no consent). */
      unreachable: {
        count: number;
        people: components['schemas']['UnreachableRecipientView'][];
      };
    };
    BroadcastPreviewDto: {
      audience: components['schemas']['AudienceDto'];
      /**
       * @example [
       *       "email",
       *       "sms"
       *     ]
       */
      channels: ('email' | 'sms')[];
      /**
       * @description accepted; it changes no count
       * @default false
       */
      requireAck: boolean;
    };
    /** @description `POST /incidents/:id/broadcasts/preview`: who a broadcast would reach; nothing is written. */
    BroadcastPreviewRequest: {
      audience: components['schemas']['BroadcastAudience'];
      channels: components['schemas']['BroadcastChannel'][];
      requireAck?: boolean;
    };
    /** @description Data of `broadcast.progress`, `broadcast.completed` and `broadcast.round_completed`. */
    BroadcastProgressData: {
      broadcastId: string;
      status: components['schemas']['BroadcastStatus'];
      totals: components['schemas']['BroadcastTotals'];
    };
    /** @description Data of `broadcast.reply_received`: an SMS reply that was neither an acknowledgement nor an opt-out/opt-in word, on the incident of the sender's latest SMS delivery. `text` is folded to one line and cut (`truncated`); the whole reply is stored. */
    BroadcastReplyData: {
      replyId: string;
      broadcastId: string;
      deliveryId: string;
      recipientId: string;
      name: string;
      text: string;
      truncated: boolean;
    };
    /** @description One part of a preview's audience: the channels that reach them, and why. */
    BroadcastRoutePart: {
      /**
       * @description `email`, `sms`, `email+sms`, or `none` when no channel reaches them.
       * @enum {string}
       */
      gets: 'email' | 'sms' | 'email+sms' | 'none';
      /**
       * @description `requested`: the channels asked for; `lan_closed`: SMS first, their LAN is closed.
       * @enum {string}
       */
      because: 'requested' | 'lan_closed';
      /** @description Their LAN when it is closed (shut down or cleaning), else null. */
      lan: {
        code: string;
        phase: components['schemas']['LanPhase'];
      } | null;
      staff: number;
      /** @description On a closed LAN with no SMS that reaches them. */
      unreachable: boolean;
      /** @description The part as the desk shows it: "SMS — 42 staff on SOC-HALL (shut down)". */
      text: string;
    };
    /** @enum {string} */
    BroadcastStatus: 'queued' | 'sending' | 'completed';
    /** @description Counts of a broadcast. Per delivery (one per recipient and channel): `queued + sent + delivered + failed + skipped = deliveries`. Per person: `recipients`, `acknowledged`, `silent` (acknowledgement asked and not given). */
    BroadcastTotals: {
      deliveries: number;
      /** @description Waiting or being sent. */
      queued: number;
      /** @description Accepted by the provider, no delivery receipt (yet). */
      sent: number;
      /** @description Confirmed delivered by the provider (SMS delivery receipts). */
      delivered: number;
      failed: number;
      skipped: number;
      recipients: number;
      acknowledged: number;
      silent: number;
      byChannel: {
        email: components['schemas']['ChannelTotals'];
        sms: components['schemas']['ChannelTotals'];
      };
      /** @description Skipped deliveries by reason: `no_mobile`, `no_sms_consent`, `invalid_mobile`, `no_email`. */
      skippedReasons: {
        [key: string]: number;
      };
    };
    /** @description Written with a broadcast some of whose recipients are on a closed LAN with no SMS that reaches them: how many, per department (each department's ITU is told once). */
    BroadcastUnreachableData: {
      broadcastId: string;
      unreachable: number;
      departments: {
        departmentId: string;
        staff: number;
      }[];
    };
    BroadcastView: {
      id: string;
      incidentId: string;
      kind: components['schemas']['BroadcastKind'];
      status: components['schemas']['BroadcastStatus'];
      /** @description The subject with the incident's reference, title and next update filled in. */
      subject: string;
      /** @description The subject as written, `{{variables}}` and all. */
      subjectTemplate: string;
      /** @description The body as written (a template). */
      body: string;
      /** @description The SMS text as written, or null: the SMS is the subject. */
      smsBody: string | null;
      channels: components['schemas']['BroadcastChannel'][];
      audience: components['schemas']['BroadcastAudience'];
      requireAck: boolean;
      escalateAfterMinutes: number | null;
      createdBy: components['schemas']['ActorRef'];
      createdAt: string;
      completedAt: string | null;
      escalatedAt: string | null;
      totals: components['schemas']['BroadcastTotals'];
      /** @description Recipients on a closed LAN whom no SMS reached (listed at `/broadcasts/:id/unreachable`). */
      unreachable: number;
    };
    /** @description Counts of the plan's devices at one time (the burndown); `at` ms since the epoch. */
    BurndownPoint: {
      at: number;
      unverified: number;
      infected: number;
      isolated: number;
    };
    CampaignApprovalView: {
      approvedBy: components['schemas']['UserRef'];
      approvedAt: string;
      /** @description Given when the owner approved over blockers; those blockers are kept. */
      overrideReason: string | null;
      overridden: components['schemas']['ApprovalBlocker'][];
    };
    CampaignApprovedData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      patch: string;
      overrideReason: string | null;
      overridden: components['schemas']['ApprovalBlocker'][];
      /** @description The patch joined the standard build's required patches (false: it was there already). */
      baselineChanged: boolean;
    };
    /** @description A department's affected devices, counted whether or not its stage has started. */
    CampaignDepartmentView: {
      departmentId: string;
      code: string;
      name: string;
      affected: number;
      stage: components['schemas']['CampaignStageView'] | null;
    };
    CampaignStageStartedData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      departmentId: string;
      /** @description Affected devices now pending. */
      devices: number;
      /** @description Affected devices whose record already lists the patch: not part of the stage. */
      alreadyPatched: number;
    };
    /** @description One department's stage of the rollout (there is none until the owner starts it). */
    CampaignStageView: {
      total: number;
      /** @description Pending ones nobody has claimed yet. */
      pending: number;
      claimed: number;
      patched: number;
      failed: number;
      departmentId: string;
      code: string;
      name: string;
      startedAt: string;
      startedBy: components['schemas']['UserRef'];
    };
    /** @enum {string} */
    CampaignStatus: 'testing' | 'approved' | 'rolling_out' | 'completed';
    CampaignSubject: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
    };
    CampaignSummaryView: {
      id: string;
      advisoryId: string;
      identifier: string;
      title: string;
      severity: components['schemas']['AdvisorySeverity'];
      status: components['schemas']['CampaignStatus'];
      createdAt: string;
      totals: components['schemas']['RolloutCounts'];
    };
    /** @description A "like" machine the patch is tried on before it reaches live ones. */
    CampaignTestDeviceView: {
      deviceId: string;
      hostname: string;
      os: string;
      departmentId: string;
      result: components['schemas']['TestResult'] | null;
      note: string | null;
      recordedBy: components['schemas']['UserRef'] | null;
      recordedAt: string | null;
    };
    CampaignTestDevicesData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      testDevices: {
        deviceId: string;
        hostname: string;
        os: string;
      }[];
    };
    CampaignTestRecordedData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      deviceId: string;
      hostname: string;
      result: components['schemas']['TestResult'];
      note: string | null;
    };
    CampaignView: {
      id: string;
      advisory: components['schemas']['AdvisoryView'];
      status: components['schemas']['CampaignStatus'];
      createdAt: string;
      createdBy: components['schemas']['UserRef'];
      testDevices: components['schemas']['CampaignTestDeviceView'][];
      /** @description Builds the advisory names with no device in the inventory: nothing to test or patch. */
      buildsWithoutDevices: string[];
      /** @description What approval waits for now (empty once approved). */
      approvalBlockers: components['schemas']['ApprovalBlocker'][];
      approval: components['schemas']['CampaignApprovalView'] | null;
      departments: components['schemas']['CampaignDepartmentView'][];
      totals: components['schemas']['RolloutCounts'];
      /** @description The campaign's event stream position (`GET /campaigns/:id/events?sinceSeq=`). */
      lastSeq: number;
    };
    /** @description The reach of one channel in a preview: deliveries that would be sent, and skipped. */
    ChannelReach: {
      reachable: number;
      skipped: number;
    };
    ChannelTotals: {
      deliveries: number;
      /** @description Waiting or being sent. */
      queued: number;
      /** @description Accepted by the provider, no delivery receipt (yet). */
      sent: number;
      /** @description Confirmed delivered by the provider (SMS delivery receipts). */
      delivered: number;
      failed: number;
      skipped: number;
    };
    CompleteTaskDto: {
      note?: string;
      /** @description required for device tasks */
      evidence?: components['schemas']['TaskEvidenceDto'];
    };
    CompleteTaskRequest: {
      note?: string;
      evidence: components['schemas']['TaskEvidence'];
    };
    ComplianceCounts: {
      devices: number;
      compliant: number;
      nonCompliant: number;
      issues: {
        missing_patch: number;
        no_av: number;
        av_out_of_date: number;
        infected: number;
        isolated: number;
      };
      missingPatches: {
        [key: string]: number;
      };
    };
    ComplianceSummary: {
      baseline: components['schemas']['BaselineView'];
      totals: components['schemas']['ComplianceCounts'];
      departments: {
        devices: number;
        compliant: number;
        nonCompliant: number;
        issues: {
          missing_patch: number;
          no_av: number;
          av_out_of_date: number;
          infected: number;
          isolated: number;
        };
        missingPatches: {
          [key: string]: number;
        };
        departmentId: string;
        code: string;
        name: string;
      }[];
      lans: {
        devices: number;
        compliant: number;
        nonCompliant: number;
        issues: {
          missing_patch: number;
          no_av: number;
          av_out_of_date: number;
          infected: number;
          isolated: number;
        };
        missingPatches: {
          [key: string]: number;
        };
        lanId: string;
        code: string;
        departmentId: string;
        siteId: string;
      }[];
    };
    /**
     * @description Why SMS does not reach someone on the staff list.
     * @enum {string}
     */
    ContactGap: 'no_mobile' | 'invalid_mobile' | 'no_sms_consent';
    /** @description Someone SMS does not reach (`GET /directory/contact-readiness/gaps`), by name. */
    ContactGapView: {
      staffId: string;
      name: string;
      email: string;
      departmentId: string;
      siteId: string | null;
      lanCode: string | null;
      gap: components['schemas']['ContactGap'];
    };
    /** @description Contact readiness: how much of the staff list each channel reaches, per department and per site, before a LAN is shut down (`GET /directory/contact-readiness`). */
    ContactReadinessCounts: {
      staff: number;
      /** @description Reachable by email (an address on record). */
      email: number;
      /** @description Reachable by SMS: a mobile in E.164 form and their consent. */
      sms: number;
      /** @description Reachable by both. */
      both: number;
      /** @description Reachable by neither. */
      none: number;
      noMobile: number;
      invalidMobile: number;
      noConsent: number;
      /** @description Shares of `staff` (0 to 1, three decimals; 0 when there are no staff). */
      shares: {
        email: number;
        sms: number;
        both: number;
      };
    };
    ContactReadinessGroup: {
      staff: number;
      /** @description Reachable by email (an address on record). */
      email: number;
      /** @description Reachable by SMS: a mobile in E.164 form and their consent. */
      sms: number;
      /** @description Reachable by both. */
      both: number;
      /** @description Reachable by neither. */
      none: number;
      noMobile: number;
      invalidMobile: number;
      noConsent: number;
      /** @description Shares of `staff` (0 to 1, three decimals; 0 when there are no staff). */
      shares: {
        email: number;
        sms: number;
        both: number;
      };
      /** @description The department's or site's id; null for staff with no site. */
      id: string | null;
      code: string | null;
      name: string;
    };
    ContactReadinessView: {
      overall: components['schemas']['ContactReadinessCounts'];
      departments: components['schemas']['ContactReadinessGroup'][];
      sites: components['schemas']['ContactReadinessGroup'][];
    };
    CreateActionTaskDto: {
      /** Format: uuid */
      departmentId: string;
      /** @example Check the specialist group’s lab machines */
      title: string;
      /** Format: uuid */
      deviceId?: string;
      /** Format: uuid */
      lanId?: string;
      /** Format: date-time */
      dueAt?: string;
    };
    CreateAdvisoryRequest: {
      identifier: string;
      title: string;
      severity: components['schemas']['AdvisorySeverity'];
      affectedBuilds: string[];
      patch: string;
      summary?: string;
    };
    CreateBroadcastDto: {
      audience: components['schemas']['AudienceDto'];
      /**
       * @example [
       *       "email",
       *       "sms"
       *     ]
       */
      channels: ('email' | 'sms')[];
      /** @example {{reference}}: your network {{lan}} closes at 14:00 */
      subject: string;
      /** @description Template: {{name}}, {{reference}}, {{title}}, {{lan}}, {{nextUpdate}}, {{ackLink}} */
      body: string;
      /**
       * @description The SMS text, a template like body; without it the SMS is the subject (plus "Reply YES…" with requireAck)
       * @example {{reference}}: network {{lan}} closes at 14:00.
       */
      smsBody?: string;
      /** @default false */
      requireAck: boolean;
      /** @description with requireAck; ACK_ESCALATION_MINUTES when not given */
      escalateAfterMinutes?: number;
    };
    /** @description `POST /incidents/:id/broadcasts` with an `Idempotency-Key` header. */
    CreateBroadcastRequest: {
      audience: components['schemas']['BroadcastAudience'];
      channels: components['schemas']['BroadcastChannel'][];
      /** @description Templates: `{{name}}`, `{{reference}}`, `{{title}}`, `{{lan}}`, `{{nextUpdate}}`, `{{ackLink}}`. */
      subject: string;
      body: string;
      /** @description The SMS text, a template like `body` (at most 1,000 characters; `smsSegments` in */
      smsBody?: string;
      requireAck?: boolean;
      /** @description With `requireAck`: unacknowledged recipients get the other channel after this long. */
      escalateAfterMinutes?: number;
    };
    CreateCampaignDto: {
      /** Format: uuid */
      advisoryId: string;
      /** @description the like machines; left out, one per affected build is picked */
      testDeviceIds?: string[];
    };
    CreateCampaignRequest: {
      advisoryId: string;
      /** @description The owner's choice of like machines; left out, one per affected build is picked. */
      testDeviceIds?: string[];
    };
    CreateCriticalServiceDto: {
      /** @example Mail scanning */
      name: string;
      /** @example Spam, content and virus scanning of all mail */
      description?: Record<string, never> | null;
      /** @description the live servers (device ids) */
      serverIds: string[];
      /** @description in order; may be empty while unwritten */
      steps: components['schemas']['FallbackStepDto'][];
      /** Format: uuid */
      standbyDeviceId?: Record<string, never> | null;
      /** @example A spare DL380 in the CIT rack, anti-virus only */
      standbyDescription?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description an active user with the owner or command role
       */
      deciderId: string;
      /**
       * @description YYYY-MM-DD
       * @example 2026-11-20
       */
      lastReviewedOn: string;
    };
    CreateCriticalServiceRequest: {
      name: string;
      description?: string | null;
      /** @description The live servers (device ids); a device hosts at most one critical service. */
      serverIds: string[];
      steps: components['schemas']['FallbackStep'][];
      standbyDeviceId?: string | null;
      standbyDescription?: string | null;
      /** @description An active user with the owner or command role (or an admin). */
      deciderId: string;
      lastReviewedOn: string;
    };
    CreateDepartmentDto: {
      /** @example SOC */
      code: string;
      /** @example Social Services */
      name: string;
    };
    CreateDirectiveDto: {
      /** @example Install the RPC patch (MS03-026) on every machine by 18:00 */
      text: string;
      departmentIds?: string[];
      /** @description address every department */
      allDepartments?: boolean;
      /** Format: date-time */
      dueAt: string;
    };
    CreateDirectiveRequest: {
      text: string;
      /** @description The departments that must acknowledge; all departments when `allDepartments`. */
      departmentIds?: string[];
      allDepartments?: boolean;
      dueAt: string;
    };
    CreateGroupMappingDto: {
      /** @description The group as the provider names it (Entra ID: the group's object id) */
      group: string;
      /** @enum {string} */
      role: 'admin' | 'owner' | 'command' | 'itu' | 'staff';
      /**
       * Format: uuid
       * @description Required for an itu mapping
       */
      departmentId?: string;
    };
    CreateIncidentDto: {
      /** @example W32.Welchia in Social Services and Education */
      title: string;
      /** @description 1 is the most severe */
      severity: number;
      summary: string;
      /**
       * Format: uuid
       * @description an active user who may own (owner or command role); the caller when left out
       */
      ownerId?: string;
      /** @default 60 */
      updateCadenceMinutes: number;
    };
    CreateIncidentRequest: {
      title: string;
      /** @description 1 (most severe) to 4. */
      severity: number;
      summary: string;
      /** @description Who owns it; the caller when left out (they must be able to own). */
      ownerId?: string;
      /** @description How often staff are owed an update; 60 when not given. */
      updateCadenceMinutes?: number;
    };
    CreateLanDto: {
      /** @example SOC-HALL */
      code: string;
      /** @example Social Services, Civic Hall */
      name: string;
      /** Format: uuid */
      siteId: string;
      /** Format: uuid */
      departmentId: string;
      /** @example 10.20.1.0/24 */
      cidr?: string;
    };
    CreateReviewActionDto: {
      /** @example Standard build on every SOC machine */
      title: string;
      /**
       * Format: uuid
       * @description an active user
       */
      ownerId: string;
      /**
       * @description the due day (UTC), today or later
       * @example 2026-12-31
       */
      dueOn: string;
    };
    CreateReviewActionRequest: {
      title: string;
      ownerId: string;
      /** @description YYYY-MM-DD. */
      dueOn: string;
    };
    CreateSiteDto: {
      /** @example HALL */
      code: string;
      /** @example Civic Hall */
      name: string;
      address?: string;
    };
    CreateSupportUnitDto: {
      /** @example SOC-ITU */
      code: string;
      /** @example Social Services IT Unit */
      name: string;
      /** @enum {string} */
      kind: 'itu' | 'specialist';
      /** Format: uuid */
      departmentId: string;
      /** @example Children and Families */
      section?: string;
      email?: string;
    };
    CreateTaskRequest: {
      departmentId: string;
      title: string;
      deviceId?: string;
      lanId?: string;
      dueAt?: string;
    };
    CreateUserDto: {
      email: string;
      name: string;
      password: string;
      roles: ('admin' | 'owner' | 'command' | 'itu' | 'staff')[];
      /** Format: uuid */
      departmentId?: string;
    };
    /** @description Data of `critical_service.created` and `.updated` (stream `critical-service:<id>`). */
    CriticalServiceRecordedData: {
      service: {
        description: string | null;
        servers: {
          deviceId: string;
          hostname: string;
        }[];
        serviceId: string;
        name: string;
        version: number;
        steps: components['schemas']['FallbackStep'][];
        standby: {
          deviceId: string | null;
          hostname: string | null;
          description: string | null;
        };
        decider: components['schemas']['UserRef'];
        lastReviewedOn: string;
      };
    };
    /** @description A live server hosting a critical service (a device of the inventory). */
    CriticalServiceServerView: {
      deviceId: string;
      hostname: string;
      os: string | null;
      lanId: string;
      departmentId: string;
    };
    CriticalServiceView: {
      id: string;
      name: string;
      description: string | null;
      servers: components['schemas']['CriticalServiceServerView'][];
      steps: components['schemas']['FallbackStep'][];
      standby: components['schemas']['StandbyView'];
      /** @description Who decides to fall back: owns the incident a failed patch opens. */
      decider: components['schemas']['UserRef'];
      /** @description YYYY-MM-DD the plan was last reviewed. */
      lastReviewedOn: string;
      /** @description Last reviewed more than six months ago: review it. */
      reviewOverdue: boolean;
      /** @description False while the plan has no step: an incident would say "no fall-back plan". */
      hasPlan: boolean;
      /** @description Each change is one; send it back with a change (409 conflict when another came first). */
      version: number;
      updatedAt: string;
    };
    DecisionDto: {
      /** @example Shut every Social Services LAN */
      text: string;
    };
    DecisionRequest: {
      text: string;
    };
    DecisionView: {
      seq: number;
      at: string;
      text: string;
      markedBy: components['schemas']['UserRef'];
    };
    /** @enum {string} */
    DeliveryStatus: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'skipped';
    DeliveryView: {
      id: string;
      broadcastId: string;
      recipient: {
        id: string;
        name: string;
      };
      channel: components['schemas']['BroadcastChannel'];
      /** @description 0: the broadcast; 1: the escalation to the other channel. */
      round: number;
      status: components['schemas']['DeliveryStatus'];
      address: string | null;
      /** @description Why it failed or was skipped. */
      reason: string | null;
      attempts: number;
      providerId: string | null;
      providerStatus: string | null;
      sentAt: string | null;
      deliveredAt: string | null;
      failedAt: string | null;
    };
    DemoOrganisationSeededData: {
      departments: number;
      sites: number;
      units: number;
      lans: number;
      logins: string[];
    };
    /** @description Directory shapes: the organisation, its places, LANs and people. */
    DepartmentView: {
      id: string;
      code: string;
      name: string;
    };
    /**
     * @description What a detection did: `isolated` on a reopened LAN (and a task was created), `marked_infected` elsewhere.
     * @enum {string}
     */
    DetectionAction: 'isolated' | 'marked_infected';
    DetectionDto: {
      /**
       * @description hostname or ip (or both)
       * @example SOC-PC-017
       */
      hostname?: string;
      /** @example 10.20.1.17 */
      ip?: string;
      /** @example W32.Welchia.Worm: TCP 135 scan */
      signature: string;
      /** @example ids-core-1 */
      source: string;
    };
    DetectionRecordedData: {
      deviceId: string;
      hostname: string;
      lanId: string;
      departmentId: string;
      detectionId: string;
      ip: string | null;
      signature: string;
      source: string;
      phase: components['schemas']['LanPhase'] | null;
      action: components['schemas']['DetectionAction'];
      unknownDevice: boolean;
    };
    DetectionRequest: {
      hostname?: string;
      ip?: string;
      signature: string;
      source: string;
    };
    DetectionView: {
      id: string;
      hostname: string;
      ip: string | null;
      signature: string;
      source: string;
      deviceId: string;
      lanId: string;
      incidentId: string | null;
      phase: components['schemas']['LanPhase'] | null;
      action: components['schemas']['DetectionAction'];
      taskId: string | null;
      /** @description The host was not in the inventory and has been recorded as an unknown device. */
      unknownDevice: boolean;
      at: string;
    };
    /** @description Data of `device.isolated` and `device.infected`. */
    DeviceHealthChangedData: {
      deviceId: string;
      hostname: string;
      lanId: string;
      departmentId: string;
      previousHealth: components['schemas']['DeviceHealthValue'] | null;
    };
    /**
     * @description Inventory shapes: devices, the standard build and compliance against it.
     * @enum {string}
     */
    DeviceHealthValue: 'unknown' | 'vulnerable' | 'infected' | 'isolated' | 'clean';
    /** @description A device named by an event, with where it sits. */
    DeviceSubject: {
      deviceId: string;
      hostname: string;
      lanId: string;
      departmentId: string;
    };
    DeviceView: {
      id: string;
      hostname: string;
      ip: string | null;
      mac: string | null;
      lanId: string;
      departmentId: string;
      os: string | null;
      health: components['schemas']['DeviceHealthValue'];
      compliant: boolean;
      /** @description Required patches of the baseline the record lacks. */
      missingPatches: string[];
      /** @description Why it is not compliant: missing_patch, no_av, av_out_of_date, infected, isolated. */
      issues: string[];
      patches: string[];
      avProduct: string | null;
      avSignatureDate: string | null;
    };
    DevicesImportedData: {
      lines: number;
      created: number;
      updated: number;
      deleted: number;
      rejected: number;
      prune: boolean;
      /** @description The first of the deleted devices' host names. */
      deletedHostnames: string[];
    };
    DirectiveDepartmentView: {
      departmentId: string;
      code: string;
      name: string;
      acknowledgedAt: string | null;
      acknowledgedBy: components['schemas']['UserRef'] | null;
      escalatedAt: string | null;
    };
    DirectiveView: {
      id: string;
      incidentId: string;
      text: string;
      dueAt: string;
      issuedBy: components['schemas']['UserRef'];
      createdAt: string;
      acknowledged: number;
      pending: number;
      /** @description Departments past the due time without acknowledging. */
      overdue: number;
      departments: components['schemas']['DirectiveDepartmentView'][];
    };
    /** @description A user whose directory groups now map to other roles or another department. */
    DirectorySyncAccessChange: {
      email: string;
      before: {
        roles: components['schemas']['Role'][];
        departmentId: string | null;
      };
      after: {
        roles: components['schemas']['Role'][];
        departmentId: string | null;
      };
      /** @description The mapped groups that gave the new access. */
      groups: string[];
    };
    DirectorySyncLeaver: {
      email: string;
      name: string;
      /** @description The entry's DN when it was last seen. */
      dn: string | null;
    };
    DirectorySyncPerson: {
      dn: string;
      email: string;
      name: string;
    };
    DirectorySyncRejection: {
      dn: string;
      /** @description Names the attribute and its value: `mail "x" is not an email address`. */
      reason: string;
    };
    /** @description The answer to `POST /directory/sync`: the same lines for a dry run (nothing written) and a real one. Lists are sorted by DN (leavers by email). */
    DirectorySyncReport: {
      dryRun: boolean;
      /** @description Entries the directory returned for the filter. */
      entries: number;
      created: components['schemas']['DirectorySyncPerson'][];
      updated: components['schemas']['DirectorySyncUpdate'][];
      unchanged: number;
      rejected: components['schemas']['DirectorySyncRejection'][];
      /** @description In Cordon from an earlier sync, gone from the directory: marked inactive, not deleted. */
      leavers: components['schemas']['DirectorySyncLeaver'][];
      /** @description Users (by email) whose groups (memberOf) map to other access through the identity group mappings; a user none of whose groups is mapped is left alone. */
      access: components['schemas']['DirectorySyncAccessChange'][];
    };
    /** @description `GET /directory/sync`: whether sync is configured, its schedule and the last real run. */
    DirectorySyncStatus: {
      configured: boolean;
      /** @description The server and base DN read (no credentials); null when not configured. */
      url: string | null;
      baseDn: string | null;
      /** @description Minutes between scheduled syncs; null: on demand only (or not configured). */
      scheduleMinutes: number | null;
      /** @description The last sync that wrote (dry runs are not recorded); null: none yet. */
      last: {
        at: string;
        /** @enum {string} */
        trigger: 'schedule' | 'on_demand';
        entries: number;
        created: number;
        updated: number;
        unchanged: number;
        rejected: number;
        leavers: number;
        /** @description Users whose roles or department changed with their groups. */
        accessChanged: number;
        /** @description The first of the leavers' emails. */
        leaverEmails: string[];
      } | null;
    };
    DirectorySyncUpdate: {
      dn: string;
      email: string;
      name: string;
      /** @description What differs from Cordon's row, in a fixed order; a row with none is unchanged. */
      changes: components['schemas']['StaffSyncField'][];
    };
    /** @description A distribution of durations (ms): how many, median and 90th percentile (nearest rank). */
    DurationStats: {
      count: number;
      medianMs: number | null;
      p90Ms: number | null;
      meanMs: number | null;
    };
    EditIncidentDto: {
      title?: string;
      severity?: number;
      summary?: string;
      updateCadenceMinutes?: number;
    };
    /** @description `GET /incidents/:id/eligible-owners`: someone the incident could be handed to. */
    EligibleOwnerView: {
      id: string;
      name: string;
      email: string;
      roles: components['schemas']['Role'][];
      departmentId: string | null;
    };
    /** @enum {string} */
    ErrorCode:
      | 'validation_failed'
      | 'malformed_json'
      | 'payload_too_large'
      | 'unsupported_media_type'
      | 'unauthorized'
      | 'invalid_credentials'
      | 'sso_failed'
      | 'sso_unmapped'
      | 'local_login_disabled'
      | 'forbidden'
      | 'invalid_signature'
      | 'not_found'
      | 'conflict'
      | 'already_claimed'
      | 'reopen_blocked'
      | 'close_blocked'
      | 'approval_blocked'
      | 'invalid_transition'
      | 'account_locked'
      | 'evidence_below_baseline'
      | 'idempotency_mismatch'
      | 'unprocessable'
      | 'rate_limited'
      | 'internal'
      | 'unavailable';
    /** @description Every event type Cordon appends, to the data it carries. `append` accepts only these (`libs/platform` spine), and clients read `data` through them (`EventViewOf<T>`). A type's data only grows: clients must accept fields added later. */
    EventMap: {
      'user.created': components['schemas']['UserCreatedData'];
      'user.access_changed': components['schemas']['UserAccessChangedData'];
      'identity_mapping.added': {
        mapping: components['schemas']['GroupMappingView'];
      };
      'identity_mapping.removed': {
        mapping: components['schemas']['GroupMappingView'];
      };
      'department.created': {
        department: components['schemas']['DepartmentView'];
      };
      'site.created': {
        site: components['schemas']['SiteView'];
      };
      'lan.created': {
        lan: components['schemas']['LanView'];
      };
      'support_unit.created': {
        unit: components['schemas']['SupportUnitView'];
      };
      'staff.imported': components['schemas']['StaffImportedData'];
      'staff.synced': components['schemas']['StaffSyncedData'];
      'staff.sms_consent_changed': components['schemas']['StaffSmsConsentChangedData'];
      'devices.imported': components['schemas']['DevicesImportedData'];
      'baseline.updated': {
        before: components['schemas']['BaselineValues'];
        after: components['schemas']['BaselineValues'];
      };
      'demo.organisation_seeded': components['schemas']['DemoOrganisationSeededData'];
      'incident.created': components['schemas']['IncidentCreatedData'];
      'incident.owner_changed': {
        from: components['schemas']['UserRef'];
        to: components['schemas']['UserRef'];
        reason: string;
      };
      'incident.status_changed': components['schemas']['IncidentStatusChangedData'];
      'incident.update_posted': {
        message: string;
        nextUpdateDueAt: string | null;
      };
      'incident.updated': components['schemas']['IncidentUpdatedData'];
      'incident.update_overdue': {
        dueAt: string;
        owner: components['schemas']['UserRef'];
        broadcastId: string;
      };
      'lan.planned': {
        lanId: string;
        code: string;
        departmentId: string;
        siteId: string;
        /** @description The LAN's devices against the standard build when planned (recorded since reports). */
        compliance?: components['schemas']['StartCompliance'];
      };
      'lan.phase_changed': components['schemas']['LanPhaseChangedData'];
      'device.waived': {
        deviceId: string;
        hostname: string;
        lanId: string;
        code: string;
        reason: string;
      };
      'detection.recorded': components['schemas']['DetectionRecordedData'];
      'device.isolated': components['schemas']['DeviceHealthChangedData'];
      'device.infected': components['schemas']['DeviceHealthChangedData'];
      'directive.issued': {
        directiveId: string;
        text: string;
        dueAt: string;
        departmentIds: string[];
      };
      'directive.acknowledged': {
        directiveId: string;
        departmentId: string;
        acknowledgedBy: components['schemas']['UserRef'];
        late: boolean;
      };
      'directive.escalated': {
        directiveId: string;
        departmentId: string;
        dueAt: string;
        ownerId: string;
      };
      'fault.reported': {
        faultReportId: string;
        lanId: string | null;
        siteId: string | null;
      };
      'task.created': components['schemas']['TaskCreatedData'];
      'task.claimed': {
        claimedBy: components['schemas']['UserRef'];
        taskId: string;
        kind: components['schemas']['TaskKind'];
        deviceId: string | null;
        departmentId: string;
      };
      'task.unclaimed': {
        previousClaimer: {
          id: string | null;
          name: string | null;
        };
        taskId: string;
        kind: components['schemas']['TaskKind'];
        deviceId: string | null;
        departmentId: string;
      };
      'task.completed': components['schemas']['TaskCompletedData'];
      'task.verified': {
        verifiedBy: components['schemas']['UserRef'];
        taskId: string;
        kind: components['schemas']['TaskKind'];
        deviceId: string | null;
        departmentId: string;
      };
      'task.reopened': components['schemas']['TaskReopenedData'];
      'task.reassigned': {
        reason: string;
        from: components['schemas']['TaskPlacement'];
        to: components['schemas']['TaskPlacement'];
        taskId: string;
        kind: components['schemas']['TaskKind'];
        deviceId: string | null;
        departmentId: string;
      };
      'task.cancelled': {
        reason: string;
        taskId: string;
        kind: components['schemas']['TaskKind'];
        deviceId: string | null;
        departmentId: string;
      };
      'tasks.cancelled': {
        count: number;
        taskIds: string[];
        reason: string;
      };
      'broadcast.created': components['schemas']['BroadcastCreatedData'];
      'broadcast.sending': {
        broadcastId: string;
      };
      'broadcast.progress': components['schemas']['BroadcastProgressData'];
      'broadcast.completed': components['schemas']['BroadcastProgressData'];
      'broadcast.round_completed': components['schemas']['BroadcastProgressData'];
      'broadcast.retry_requested': {
        broadcastId: string;
        retried: number;
        retry: number;
      };
      'broadcast.escalated': components['schemas']['BroadcastEscalatedData'];
      'broadcast.unreachable': components['schemas']['BroadcastUnreachableData'];
      'broadcast.acknowledged': components['schemas']['BroadcastAcknowledgedData'];
      'broadcast.reply_received': components['schemas']['BroadcastReplyData'];
      'incident.decision_marked': components['schemas']['IncidentDecisionMarkedData'];
      'warp.summary_sent': components['schemas']['WarpSummarySentData'];
      'warp.summary_emailed': components['schemas']['WarpSummaryEmailedData'];
      'warp.email_failed': {
        sendingId: string;
        to: string;
        error: string;
      };
      'review.opened': components['schemas']['ReviewOpenedData'];
      'review.updated': components['schemas']['ReviewUpdatedData'];
      'review.completed': components['schemas']['ReviewCompletedData'];
      'review.action_added': components['schemas']['ReviewActionAddedData'];
      'review.action_changed': components['schemas']['ReviewActionChangedData'];
      'review.action_done': components['schemas']['ReviewActionDoneData'];
      'review.action_reminded': components['schemas']['ReviewActionRemindedData'];
      'advisory.created': {
        advisory: components['schemas']['AdvisoryView'];
      };
      'advisory.updated': {
        before: components['schemas']['AdvisoryView'];
        after: components['schemas']['AdvisoryView'];
      };
      'advisory.deleted': {
        advisoryId: string;
        identifier: string;
      };
      'campaign.created': components['schemas']['CampaignTestDevicesData'];
      'campaign.test_devices_set': components['schemas']['CampaignTestDevicesData'];
      'campaign.test_recorded': components['schemas']['CampaignTestRecordedData'];
      'campaign.approved': components['schemas']['CampaignApprovedData'];
      'campaign.stage_started': components['schemas']['CampaignStageStartedData'];
      'campaign.device_claimed': {
        claimedBy: components['schemas']['UserRef'];
        campaignId: string;
        advisoryId: string;
        identifier: string;
        deviceId: string;
        hostname: string;
        departmentId: string;
      };
      'campaign.device_released': {
        previousClaimer: {
          id: string | null;
          name: string | null;
        };
        campaignId: string;
        advisoryId: string;
        identifier: string;
        deviceId: string;
        hostname: string;
        departmentId: string;
      };
      'campaign.device_completed': components['schemas']['RolloutDeviceCompletedData'];
      'campaign.incident_linked': {
        incidentId: string;
        reference: string;
        campaignId: string;
        advisoryId: string;
        identifier: string;
        deviceId: string;
        hostname: string;
        departmentId: string;
      };
      'campaign.completed': {
        totals: components['schemas']['RolloutCounts'];
        campaignId: string;
        advisoryId: string;
        identifier: string;
      };
      'critical_service.created': components['schemas']['CriticalServiceRecordedData'];
      'critical_service.updated': {
        before: {
          description: string | null;
          servers: {
            deviceId: string;
            hostname: string;
          }[];
          serviceId: string;
          name: string;
          version: number;
          steps: components['schemas']['FallbackStep'][];
          standby: {
            deviceId: string | null;
            hostname: string | null;
            description: string | null;
          };
          decider: components['schemas']['UserRef'];
          lastReviewedOn: string;
        };
        service: {
          description: string | null;
          servers: {
            deviceId: string;
            hostname: string;
          }[];
          serviceId: string;
          name: string;
          version: number;
          steps: components['schemas']['FallbackStep'][];
          standby: {
            deviceId: string | null;
            hostname: string | null;
            description: string | null;
          };
          decider: components['schemas']['UserRef'];
          lastReviewedOn: string;
        };
      };
      'critical_service.deleted': {
        serviceId: string;
        name: string;
        version: number;
      };
      'incident.fallback_attached': components['schemas']['FallbackAttachedData'];
    };
    EventType: string;
    /** @description One row of an event stream, as `GET /incidents/:id/events` and the socket send it. */
    EventView: {
      seq: number;
      at: string;
      type: string;
      actor: components['schemas']['ActorRef'];
      data: {
        [key: string]: unknown;
      };
    };
    /** @description Data of `incident.fallback_attached`: the plan as it stood, and the tasks made of its first steps. */
    FallbackAttachedData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      patch: string;
      deviceId: string;
      hostname: string;
      departmentId: string;
      note: string | null;
      /** @description null: the server has no fall-back plan (`noPlan` says why). */
      plan: components['schemas']['FallbackPlanSnapshot'] | null;
      noPlan: components['schemas']['NoFallbackReason'] | null;
      /** @description The tasks made now: a plan's first steps by position (0-based), or one to decide without a plan. */
      tasks: {
        position: number | null;
        taskId: string;
        title: string;
      }[];
      /** @description Set when the plan's decider could not own the incident and someone else does. */
      ownerNote: string | null;
    };
    /** @description GET /incidents/:id/fallback: the plan attached to an incident opened by a failed patch. */
    FallbackAttachmentView: {
      incidentId: string;
      campaignId: string;
      advisoryId: string;
      identifier: string;
      patch: string;
      device: {
        id: string;
        hostname: string;
        departmentId: string;
      };
      note: string | null;
      attachedAt: string;
      /** @description null: there was no fall-back plan for this server. */
      plan: {
        serviceId: string;
        name: string;
        version: number;
        standby: {
          deviceId: string | null;
          hostname: string | null;
          description: string | null;
        };
        decider: components['schemas']['UserRef'];
        lastReviewedOn: string;
        steps: components['schemas']['FallbackStepView'][];
      } | null;
      noPlan: components['schemas']['NoFallbackReason'] | null;
      /** @description Tasks made for the incident without a plan (deciding what to do). */
      otherTasks: {
        id: string;
        title: string;
        status: components['schemas']['TaskStatus'];
        claimedBy: components['schemas']['UserRef'] | null;
      }[];
      ownerNote: string | null;
    };
    /** @description A fall-back plan as it stood when it was recorded (events) or used (an incident). */
    FallbackPlanSnapshot: {
      serviceId: string;
      name: string;
      version: number;
      steps: components['schemas']['FallbackStep'][];
      standby: {
        deviceId: string | null;
        hostname: string | null;
        description: string | null;
      };
      decider: components['schemas']['UserRef'];
      lastReviewedOn: string;
    };
    /** @description One step of a fall-back plan, in order; first steps become tasks the moment it is used. */
    FallbackStep: {
      text: string;
      firstStep: boolean;
    };
    FallbackStepDto: {
      /** @example Build the standby scanner with anti-virus scanning only */
      text: string;
      /** @description becomes a task of the incident at once */
      firstStep: boolean;
    };
    FallbackStepView: {
      text: string;
      firstStep: boolean;
      position: number;
      task: {
        id: string;
        status: components['schemas']['TaskStatus'];
        claimedBy: components['schemas']['UserRef'] | null;
      } | null;
    };
    /** @description The answer a caller gets: whether the fault is part of a known incident, and what to expect. */
    FaultReportAnswer: {
      id: string;
      lanId: string | null;
      siteId: string | null;
      staffId: string | null;
      reporterName: string | null;
      contact: string | null;
      description: string;
      incidentId: string | null;
      createdAt: string;
      incident: {
        id: string;
        reference: string;
        title: string;
        status: components['schemas']['IncidentStatus'];
        nextUpdateDueAt: string | null;
      } | null;
      lans: {
        lanId: string;
        code: string;
        phase: components['schemas']['LanPhase'];
      }[];
      message: string;
    };
    FaultReportDto: {
      /**
       * Format: uuid
       * @description lanId, siteId or staffId is required
       */
      lanId?: string;
      /** Format: uuid */
      siteId?: string;
      /**
       * Format: uuid
       * @description the caller's staff record (LAN and site from it)
       */
      staffId?: string;
      reporterName?: string;
      /** @description phone or email to call back */
      contact?: string;
      /** @example My PC is very slow and the network keeps dropping */
      description: string;
    };
    FaultReportRequest: {
      lanId?: string;
      siteId?: string;
      staffId?: string;
      reporterName?: string;
      contact?: string;
      description: string;
    };
    FaultReportView: {
      id: string;
      lanId: string | null;
      siteId: string | null;
      staffId: string | null;
      reporterName: string | null;
      contact: string | null;
      description: string;
      incidentId: string | null;
      createdAt: string;
    };
    FieldError: {
      field: string;
      message: string;
    };
    /** @description `GET /auth/group-mappings`: every mapping, oldest first (a short list, not paged). */
    GroupMappingList: {
      items: components['schemas']['GroupMappingView'][];
    };
    /** @description One row of the mapping from a provider's (or directory's) groups to Cordon roles. */
    GroupMappingView: {
      id: string;
      /** @description The group as the provider names it (Entra ID: the group's object id or name). */
      group: string;
      role: components['schemas']['Role'];
      /** @description The department members get (an ITU mapping always names one). */
      departmentId: string | null;
      createdAt: string;
    };
    HandoverDto: {
      /** Format: uuid */
      toUserId: string;
      /** @example End of shift; handing over to my deputy */
      reason: string;
    };
    HandoverRequest: {
      toUserId: string;
      reason: string;
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      checks: {
        /** @enum {string} */
        postgres: 'up' | 'down';
        /** @enum {string} */
        redis: 'up' | 'down';
      };
    };
    /** @description Data of `staff.imported` and `devices.imported`: a CSV import's counts. */
    ImportCounts: {
      lines: number;
      created: number;
      updated: number;
      deleted: number;
      rejected: number;
      prune: boolean;
    };
    /** @description The answer to a CSV import: bad lines by their line in the file (the header is line 1). */
    ImportResult: {
      created: number;
      updated: number;
      /** @description Rows missing from the file that were removed (only with `?prune=true`). */
      deleted: number;
      rejected: {
        line: number;
        reason: string;
      }[];
    };
    /** @description What still stood in the way of a close that was forced. */
    IncidentCloseBlockers: {
      lans: {
        lanId: string;
        code: string;
        phase: components['schemas']['LanPhase'];
      }[];
      openTasks: number;
    };
    IncidentCreatedData: {
      /** @description INC-YYYY-NNNN, gap-free per year. */
      reference: string;
      title: string;
      severity: number;
      summary: string;
      owner: components['schemas']['UserRef'];
      updateCadenceMinutes: number;
      /** @description When staff are next owed an update; null once closed. */
      nextUpdateDueAt: string | null;
    };
    IncidentDecisionMarkedData: {
      text: string;
      markedBy: components['schemas']['UserRef'];
    };
    /** @description Per incident, the milestones `GET /metrics` averages (ms from the declaration). */
    IncidentMilestones: {
      incidentId: string;
      reference: string;
      title: string;
      declaredAt: string;
      incidentStatus: components['schemas']['IncidentStatus'];
      /** @description Declaration → the owner's first act (a handover, status change, update, LAN plan, directive, broadcast or task). */
      acknowledgeMs: number | null;
      /** @description Declaration → containment: the last LAN shutdown, or the status `contained` if earlier missing. */
      containMs: number | null;
      /** @description Declaration → recovery: every planned LAN reopened, or the status `recovered`/`closed`. */
      recoverMs: number | null;
      /** @description Devices measured when their LANs were planned (`lan.planned` data `compliance`); null when no planned LAN recorded it. */
      startCompliance: components['schemas']['StartCompliance'] | null;
    };
    /** @description `GET /incidents/:id/report` (JSON). */
    IncidentReport: {
      incidentId: string;
      reference: string;
      title: string;
      severity: number;
      summary: string;
      status: components['schemas']['ReportStatus'];
      incidentStatus: components['schemas']['IncidentStatus'];
      declaredAt: string;
      closedAt: string | null;
      /** @description The figures run to this time: now while live, the closing time once final. */
      asOf: string;
      /** @description The seq of the last event read. */
      lastSeq: number;
      events: number;
      owner: components['schemas']['UserRef'];
      owners: components['schemas']['ReportOwnerSpan'][];
      handovers: number;
      timeline: components['schemas']['ReportTimelineEntry'][];
      lans: components['schemas']['ReportLan'][];
      devices: components['schemas']['ReportDevices'];
      departments: components['schemas']['ReportDepartmentTasks'][];
      directives: components['schemas']['ReportDirective'][];
      broadcasts: components['schemas']['ReportBroadcast'][];
      updates: components['schemas']['ReportUpdates'];
    };
    /** @enum {string} */
    IncidentStatus: 'active' | 'contained' | 'recovered' | 'closed';
    IncidentStatusChangedData: {
      from: components['schemas']['IncidentStatus'];
      to: components['schemas']['IncidentStatus'];
      reason: string | null;
      forced: boolean;
      overridden: components['schemas']['IncidentCloseBlockers'] | null;
      cancelledTasks: number;
      nextUpdateDueAt: string | null;
    };
    IncidentStatusDto: {
      /** @enum {string} */
      to: 'active' | 'contained' | 'recovered' | 'closed';
      reason?: string;
      /** @description close despite LANs down or tasks open (owner, with reason) */
      force?: boolean;
    };
    IncidentStatusRequest: {
      to: components['schemas']['IncidentStatus'];
      reason?: string;
      /** @description Only the owner, with a reason: closes despite LANs still down or tasks still open. */
      force?: boolean;
    };
    IncidentUpdateDto: {
      /** @example SOC-HALL is being cleaned; 22 of 30 machines done. */
      message: string;
    };
    /** @description An update to staff on progress; resets `nextUpdateDueAt`. */
    IncidentUpdateRequest: {
      message: string;
    };
    IncidentUpdatedData: {
      changes: {
        title?: string;
        severity?: number;
        summary?: string;
        updateCadenceMinutes?: number;
      };
      nextUpdateDueAt: string | null;
    };
    IncidentView: {
      id: string;
      /** @description INC-YYYY-NNNN, gap-free per year. */
      reference: string;
      title: string;
      severity: number;
      summary: string;
      status: components['schemas']['IncidentStatus'];
      owner: components['schemas']['UserRef'];
      updateCadenceMinutes: number;
      lastUpdateAt: string;
      /** @description When staff are next owed an update; null once closed. */
      nextUpdateDueAt: string | null;
      /** @description Departments whose LANs, tasks or directives the incident involves. */
      affectedDepartmentIds: string[];
      createdAt: string;
      closedAt: string | null;
      /** @description On reads (`GET /incidents`, `GET /incidents/:id`): the seq of the incident's latest event when it was read. A client shows what it read and subscribes to /live from this seq, so it misses nothing and replays nothing. */
      lastSeq?: number;
    };
    JobMap: {
      'broadcast-fanout': {
        'broadcast.fanout': components['schemas']['BroadcastJobData'];
      };
      'email-send': {
        'email.send': components['schemas']['SendJobData'];
      };
      'sms-send': {
        'sms.send': components['schemas']['SendJobData'];
      };
      'broadcast-escalation': {
        'broadcast.escalate': components['schemas']['BroadcastJobData'];
      };
      notify: components['schemas']['NotifyJobs'];
      'update-reminder-scan': {
        'incident.remind_overdue_owners': components['schemas']['SweepJobData'];
      };
      'held-status-scan': {
        'sms.apply_held_statuses': components['schemas']['SweepJobData'];
      };
      'completion-scan': {
        'broadcast.complete_finished': components['schemas']['SweepJobData'];
      };
      'lost-delivery-scan': {
        'delivery.requeue_lost': components['schemas']['SweepJobData'];
      };
      'incident-scans': {
        'directive.escalate_overdue': components['schemas']['SweepJobData'];
      };
      /** @description Post-incident reviews: opened once an incident closes; overdue action items reminded. */
      reviews: {
        'review.open': components['schemas']['ReviewOpenJobData'];
      };
      'review-reminder-scan': {
        'review.remind_overdue_actions': components['schemas']['SweepJobData'];
      };
      /** @description Staff from Active Directory / LDAP every LDAP_SYNC_MINUTES (libs/directory). */
      'directory-sync': {
        'directory.sync': components['schemas']['SweepJobData'];
      };
      /** @description A WARP summary to the configured WARP address (libs/warp); the text is the one hashed. */
      'warp-email': {
        'warp.email': {
          incidentId: string;
          sendingId: string;
          to: string;
          subject: string;
          text: string;
        };
      };
      /** @description Tests and diagnostics of the outbox relay. */
      probe: {
        'probe.run': {
          [key: string]: unknown;
        };
      };
    };
    /** @description Someone named in a job, as the event that caused it names them. */
    JobPersonRef: {
      id: string;
      name: string;
    };
    /** @enum {string} */
    LanPhase: 'planned' | 'shut_down' | 'cleaning' | 'reopened';
    LanPhaseChangedData: {
      lanId: string;
      code: string;
      from: components['schemas']['LanPhase'];
      to: components['schemas']['LanPhase'];
      reason: string | null;
      /**
       * @description Set when the move was a reopening that passed the gate.
       * @enum {string}
       */
      gate?: 'passed';
    };
    /** @description One LAN in an incident's plan, with how far its devices are. */
    LanPlanView: {
      lanId: string;
      code: string;
      name: string;
      departmentId: string;
      siteId: string;
      phase: components['schemas']['LanPhase'];
      phaseChangedAt: string;
      devices: {
        total: number;
        /** @description Cleanup task done with evidence meeting the baseline and a clean scan. */
        verified: number;
        waived: number;
        /** @description The other devices by why they hold the LAN shut (the reopen gate's states). */
        blocked: components['schemas']['ReopenBlockerCounts'];
      };
      /** @description Fault reports matched to this LAN during the incident. */
      faultReports: number;
    };
    LanTransitionDto: {
      /** @enum {string} */
      to: 'shut_down' | 'cleaning' | 'reopened';
      reason?: string;
      /**
       * Format: date-time
       * @description due time of the cleanup tasks
       */
      taskDueAt?: string;
      /**
       * @description notice to the LAN's staff
       * @default true
       */
      notifyStaff: boolean;
    };
    LanTransitionRequest: {
      /** @enum {string} */
      to: 'shut_down' | 'cleaning' | 'reopened';
      reason?: string;
      /** @description Due time of the cleanup tasks a shutdown creates; 24 hours later when not given. */
      taskDueAt?: string;
      /** @description Whether the LAN's staff are sent a notice of the change; true when not given. */
      notifyStaff?: boolean;
    };
    LanView: {
      id: string;
      code: string;
      name: string;
      siteId: string;
      departmentId: string;
      cidr: string | null;
    };
    /** @description An incident opened because the patch failed on a live server of a critical service. */
    LinkedIncidentRef: {
      incidentId: string;
      reference: string;
    };
    LiveEvent: {
      seq: number;
      at: string;
      type: string;
      actor: components['schemas']['ActorRef'];
      data: {
        [key: string]: unknown;
      };
      incidentId: string;
    };
    /** @enum {string} */
    LocalLoginMode: 'all' | 'admins' | 'off';
    LoginDto: {
      /** @example owner@council.example */
      email: string;
      password: string;
    };
    LoginResponse: {
      accessToken: string;
      user: components['schemas']['UserView'];
    };
    /** @description `GET /metrics`: figures across incidents. */
    MetricsView: {
      incidents: number;
      generatedAt: string;
      meanTimeToAcknowledgeMs: number | null;
      meanTimeToContainMs: number | null;
      meanTimeToRecoverMs: number | null;
      timeToAcknowledge: components['schemas']['DurationStats'];
      timeToContain: components['schemas']['DurationStats'];
      timeToRecover: components['schemas']['DurationStats'];
      /** @description Task claim and completion times per department over every incident. */
      departments: components['schemas']['ReportDepartmentTasks'][];
      perIncident: components['schemas']['IncidentMilestones'][];
      /** @description Summed over the incidents that recorded it. */
      startCompliance: {
        incidents: number;
        devices: number;
        /** @description No anti-virus product at all. */
        noAntivirus: number;
        /** @description Anti-virus signatures older than the standard build allows. */
        avOutOfDate: number;
        /** @description Missing a patch the standard build requires. */
        missingPatches: number;
        /** @description Not meeting the standard build for any reason (patches or anti-virus). */
        belowStandardBuild: number;
      };
    };
    /**
     * @description Why an incident opened for a failed patch carries no plan.
     * @enum {string}
     */
    NoFallbackReason: 'no_critical_service' | 'plan_has_no_steps';
    /** @description The notices incident command asks for (the job id is the notice's idempotency key). */
    NotifyJobs: {
      /** @description The LAN's staff: shut down (email + SMS, asks YES), cleaned, reopened. */
      'notify.lan_phase_changed': {
        incidentId: string;
        reference: string;
        lanId: string;
        code: string;
        from: components['schemas']['LanPhase'];
        to: components['schemas']['LanPhase'];
        reason: string | null;
      };
      /** @description The owner an incident was declared with. */
      'notify.owner_assigned': {
        incidentId: string;
        userId: string;
        /** @enum {string} */
        reason: 'declared';
      };
      /** @description Both sides of a handover, each told who the other is. */
      'notify.owner_changed': {
        incidentId: string;
        userId: string;
        /** @enum {string} */
        role: 'new_owner' | 'previous_owner';
        from: components['schemas']['JobPersonRef'];
        to: components['schemas']['JobPersonRef'];
        reason: string;
      };
      /** @description The owner, when the next update falls due (if it is still due then); ISO time. */
      'notify.update_due': {
        incidentId: string;
        dueAt: string;
      };
      /** @description The owner, naming the department that has not acknowledged by the due time (ISO). */
      'notify.directive_overdue': {
        incidentId: string;
        directiveId: string;
        departmentId: string;
        ownerId: string;
        text: string;
        dueAt: string;
      };
      /** @description Each addressed department's ITU. */
      'notify.directive_issued': {
        incidentId: string;
        directiveId: string;
        departmentIds: string[];
      };
      /** @description The department's ITU: their staff a broadcast could not reach (closed LAN, no SMS). */
      'notify.staff_unreachable': {
        incidentId: string;
        broadcastId: string;
        departmentId: string;
        /** @description The broadcast's subject as shown. */
        subject: string;
        /** @description How many of the department's staff; `staff` lists the first of them by name. */
        count: number;
        staff: {
          name: string;
          lan: string | null;
          reason: string;
        }[];
      };
      /** @description The machine's department's ITU. */
      'notify.device_isolated': {
        incidentId: string;
        taskId: string;
        deviceId: string;
        hostname: string;
        departmentId: string | null;
      };
    };
    /** @description A person to call or write to: name, mobile (from the staff record) and email. */
    PlanContact: {
      name: string;
      email: string | null;
      mobile: string | null;
    };
    PlanDepartment: {
      code: string;
      name: string;
      /** @description The department's IT unit: its members with the `itu` role, by name. */
      itu: components['schemas']['PlanContact'][];
      tasks: components['schemas']['PlanTask'][];
      counts: {
        open: number;
        claimed: number;
        done: number;
      };
    };
    /** @enum {string} */
    PlanFormat: 'json' | 'html';
    PlanLan: {
      code: string;
      name: string;
      phase: components['schemas']['LanPhase'];
      /** @description "CODE Name" of the LAN's site, or null when unknown. */
      site: string | null;
      departmentCode: string | null;
      devices: {
        total: number;
        verified: number;
        waived: number;
      };
    };
    PlanTask: {
      title: string;
      kind: components['schemas']['TaskKind'];
      status: components['schemas']['TaskStatus'];
      /** @description Done or verified: ticked on the paper already. */
      done: boolean;
      hostname: string | null;
      lan: string | null;
      site: string | null;
      /** @description What the machine lacks against the standard build, in words ("MS03-026", "infected"). */
      lacks: string[];
      claimedBy: string | null;
      overdue: boolean;
    };
    PrintablePlan: {
      incidentId: string;
      reference: string;
      title: string;
      severity: number;
      status: components['schemas']['IncidentStatus'];
      owner: components['schemas']['PlanContact'];
      nextUpdateDueAt: string | null;
      lans: components['schemas']['PlanLan'][];
      departments: components['schemas']['PlanDepartment'][];
      /** @description Set when the reader sees one department only (an ITU member): its code. */
      scopedTo: string | null;
      generatedAt: string;
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: components['schemas']['ErrorCode'];
      errors?: components['schemas']['FieldError'][];
    } & {
      [key: string]: unknown;
    };
    PutBaselineDto: {
      /**
       * @example [
       *       "MS03-026",
       *       "MS03-039",
       *       "MS03-007"
       *     ]
       */
      requiredPatches: string[];
      /**
       * @description YYYY-MM-DD, or null for any
       * @example 2026-02-01
       */
      minAvSignatureDate: Record<string, never> | null;
    };
    QueueName: string;
    ReasonDto: {
      reason: string;
    };
    ReassignTaskDto: {
      reason: string;
      /** Format: uuid */
      departmentId?: string;
      /**
       * Format: uuid
       * @description claims the task for this user
       */
      toUserId?: string;
      /** Format: date-time */
      dueAt?: Record<string, never> | null;
    };
    ReassignTaskRequest: {
      reason: string;
      departmentId?: string;
      /** @description Claims the task for this user (who must be able to claim it). */
      toUserId?: string;
      dueAt?: string | null;
    };
    RecordAcknowledgementDto: {
      /**
       * Format: uuid
       * @description the member of staff who acknowledged
       */
      staffId: string;
      /** @example Called the office; confirmed by phone */
      note?: string;
    };
    /** @description `POST /broadcasts/:id/acknowledgements`: one taken by phone, recorded by the owner or command. */
    RecordAcknowledgementRequest: {
      staffId: string;
      note?: string;
    };
    RecordTestResultDto: {
      /** @enum {string} */
      result: 'passed' | 'failed';
      /** @example Installed, rebooted, mail flows */
      note?: string;
    };
    RecordTestResultRequest: {
      result: components['schemas']['TestResult'];
      note?: string;
    };
    /** @description The body of `409 reopen_blocked` (beside `type, title, status, detail, code`): infected and isolated devices first, then by host name. */
    ReopenBlockedProblem: {
      lanId: string;
      lanCode: string;
      blockers: components['schemas']['ReopenBlocker'][];
      counts: components['schemas']['ReopenBlockerCounts'];
    };
    /** @description Why a LAN cannot reopen: one per device neither verified nor waived. */
    ReopenBlocker: {
      deviceId: string;
      hostname: string;
      state: components['schemas']['ReopenBlockerState'];
      /** @description The same in words. */
      why: string;
    };
    /** @description Devices per blocker state; every state present, 0 when none. */
    ReopenBlockerCounts: {
      infected: number;
      isolated: number;
      unclaimed: number;
      claimed: number;
      below_baseline: number;
      no_task: number;
      cancelled: number;
    };
    /** @enum {string} */
    ReopenBlockerState:
      | 'infected'
      | 'isolated'
      | 'unclaimed'
      | 'claimed'
      | 'below_baseline'
      | 'no_task'
      | 'cancelled';
    /** @description A broadcast's totals as its last progress event gave them, and its acknowledgement times. */
    ReportBroadcast: {
      broadcastId: string;
      kind: components['schemas']['BroadcastKind'];
      subject: string;
      createdAt: string;
      completedAt: string | null;
      requireAck: boolean;
      recipients: number;
      deliveries: number;
      /** @description Accepted by the provider or confirmed delivered. */
      delivered: number;
      failed: number;
      skipped: number;
      acknowledged: number;
      /** @description delivered / (deliveries − skipped); null with nothing to send. */
      deliveryRate: number | null;
      /** @description failed / (deliveries − skipped). */
      failureRate: number | null;
      /** @description acknowledged / recipients; null when no acknowledgement was asked. */
      acknowledgementRate: number | null;
      /** @description created → the acknowledgement that reached half (90%) of the recipients; null until then. */
      to50PercentMs: number | null;
      to90PercentMs: number | null;
    };
    /** @description A department as the report names it: its code and name where known, else its id. */
    ReportDepartmentRef: {
      id: string;
      code: string | null;
      name: string | null;
    };
    /** @description One department's tasks: claim = created → first claim; complete = created → first completion. */
    ReportDepartmentTasks: {
      department: components['schemas']['ReportDepartmentRef'];
      tasks: number;
      claimed: number;
      completed: number;
      timeToClaim: components['schemas']['DurationStats'];
      timeToComplete: components['schemas']['DurationStats'];
    };
    ReportDevices: {
      /** @description Devices that entered the plan (a cleanup or isolation task was created for them). */
      inPlan: number;
      /** @description Devices verified now (task completed with a clean scan, or verified by command). */
      verified: number;
      waived: number;
      unverified: number;
      /** @description Verifications per UTC day (a device verified twice counts each time). */
      verifiedPerDay: {
        day: string;
        verified: number;
      }[];
      burndown: components['schemas']['BurndownPoint'][];
      /** @description `device.isolated` events (a device isolated on a reopened LAN). */
      isolations: number;
      /** @description `device.infected` events. */
      infections: number;
      /** @description Infections or isolations of a device after it had been verified (a clean machine caught again). */
      reinfections: number;
      /** @description Which devices were re-infected, with when. */
      reinfected: {
        deviceId: string;
        hostname: string;
        at: string;
      }[];
    };
    ReportDirective: {
      directiveId: string;
      text: string;
      issuedAt: string;
      dueAt: string;
      departments: components['schemas']['ReportDirectiveDepartment'][];
      acknowledged: number;
      /** @description Median time to acknowledge over the departments that did. */
      acknowledgement: components['schemas']['DurationStats'];
    };
    ReportDirectiveDepartment: {
      department: components['schemas']['ReportDepartmentRef'];
      acknowledgedAt: string | null;
      /** @description issued → acknowledged. */
      afterMs: number | null;
      late: boolean | null;
      escalated: boolean;
    };
    /** @enum {string} */
    ReportFormat: 'json' | 'html' | 'md';
    /** @description One LAN of the plan and how long it spent in each phase (from `lan.phase_changed`). */
    ReportLan: {
      lanId: string;
      code: string;
      departmentId: string | null;
      phase: components['schemas']['LanPhase'];
      plannedAt: string | null;
      /** @description The first shutdown. */
      shutDownAt: string | null;
      /** @description The first move to cleaning. */
      cleaningAt: string | null;
      /** @description The last reopening (null while not reopened). */
      reopenedAt: string | null;
      /** @description Time spent shut down (not yet cleaning), summed over every stay; open stays run to `asOf`. */
      shutDownMs: number;
      /** @description Time spent cleaning, summed likewise. */
      cleaningMs: number;
      /** @description First shutdown → reopening; null while not reopened. */
      toReopenMs: number | null;
      /** @description Devices whose cleanup or isolation task was created on this LAN (`task.created`). */
      devices: number;
    };
    /** @description One owner's time in charge: from the declaration or a handover, to the next or `asOf`. */
    ReportOwnerSpan: {
      owner: components['schemas']['UserRef'];
      from: string;
      /** @description null: still the owner. */
      to: string | null;
      durationMs: number;
      /** @description The handover's reason (null for the first owner). */
      reason: string | null;
    };
    /** @description One promised update: the due time one update set, and the update that came next. */
    ReportPromisedUpdate: {
      promisedAt: string;
      dueAt: string;
      givenAt: string | null;
      /** @description given at or before the due time; null while still to come and not yet due. */
      onTime: boolean | null;
    };
    /**
     * @description `live` while the incident runs (figures up to `asOf`, now); `final` once it is closed.
     * @enum {string}
     */
    ReportStatus: 'live' | 'final';
    /** @description One line of the report's timeline: a significant event, in seq order. */
    ReportTimelineEntry: {
      seq: number;
      at: string;
      type: string;
      actor: string;
      /** @description One sentence saying what happened. */
      text: string;
    };
    ReportUpdates: {
      /** @description Updates posted (`incident.update_posted`). */
      given: number;
      /** @description Due times set (declaration, updates, cadence changes) that were reached or met. */
      promised: number;
      onTime: number;
      late: number;
      /** @description Due and no update yet (live reports). */
      missed: number;
      /** @description `incident.update_overdue` reminders sent to the owner. */
      overdueReminders: number;
      items: components['schemas']['ReportPromisedUpdate'][];
    };
    RetryFailedResult: {
      retried: number;
    };
    ReviewActionAddedData: {
      reviewId: string;
      actionId: string;
      title: string;
      owner: components['schemas']['UserRef'];
      dueOn: string;
    };
    ReviewActionChangedData: {
      reviewId: string;
      actionId: string;
      changes: {
        title?: string;
        owner?: components['schemas']['UserRef'];
        dueOn?: string;
      };
    };
    ReviewActionDoneData: {
      reviewId: string;
      actionId: string;
      doneBy: components['schemas']['UserRef'];
      /** @description Done after its due day. */
      late: boolean;
    };
    ReviewActionRemindedData: {
      reviewId: string;
      actionId: string;
      owner: components['schemas']['UserRef'];
      dueOn: string;
      /** @description The day of this reminder (YYYY-MM-DD): one a day at most. */
      remindedOn: string;
      broadcastId: string;
    };
    /** @enum {string} */
    ReviewActionState: 'open' | 'done';
    ReviewActionView: {
      id: string;
      reviewId: string;
      incidentId: string;
      /** @description The incident's reference (INC-YYYY-NNNN). */
      reference: string;
      title: string;
      owner: components['schemas']['UserRef'];
      /** @description The day it is due (YYYY-MM-DD); overdue from the day after. */
      dueOn: string;
      state: components['schemas']['ReviewActionState'];
      /** @description Open and its due day has passed. */
      overdue: boolean;
      doneBy: components['schemas']['UserRef'] | null;
      doneAt: string | null;
      createdBy: components['schemas']['UserRef'];
      createdAt: string;
      /** @description The day its owner was last reminded (YYYY-MM-DD), or null. */
      lastRemindedOn: string | null;
    };
    ReviewCompletedData: {
      reviewId: string;
      completedBy: components['schemas']['UserRef'];
      openActions: number;
    };
    /** @description The job the incidents feature queues when an incident closes: open its review (once). */
    ReviewOpenJobData: {
      incidentId: string;
    };
    ReviewOpenedData: {
      reviewId: string;
      owner: components['schemas']['UserRef'];
    };
    /** @description The free-text sections of a review. */
    ReviewSections: {
      wentWell: string;
      wentWrong: string;
      contributingFactors: string;
    };
    /**
     * @description open: the sections and action items are being written; completed: signed off by the owner.
     * @enum {string}
     */
    ReviewStatus: 'open' | 'completed';
    /** @description `GET /reviews`: one review with its action items counted. */
    ReviewSummaryView: {
      id: string;
      incidentId: string;
      reference: string;
      title: string;
      status: components['schemas']['ReviewStatus'];
      owner: components['schemas']['UserRef'];
      openedAt: string;
      completedAt: string | null;
      actions: {
        total: number;
        open: number;
        overdue: number;
      };
    };
    ReviewUpdatedData: {
      reviewId: string;
      changes: {
        wentWell?: string;
        wentWrong?: string;
        contributingFactors?: string;
      };
    };
    ReviewView: {
      wentWell: string;
      wentWrong: string;
      contributingFactors: string;
      id: string;
      incidentId: string;
      reference: string;
      title: string;
      status: components['schemas']['ReviewStatus'];
      /** @description The incident's owner: who signs the review off. */
      owner: components['schemas']['UserRef'];
      openedAt: string;
      completedAt: string | null;
      completedBy: components['schemas']['UserRef'] | null;
      actions: components['schemas']['ReviewActionView'][];
      /** @description What the caller may do with it. */
      canEdit: boolean;
      canSignOff: boolean;
    };
    /** @enum {string} */
    Role: 'admin' | 'owner' | 'command' | 'itu' | 'staff';
    RolloutCounts: {
      total: number;
      /** @description Pending ones nobody has claimed yet. */
      pending: number;
      claimed: number;
      patched: number;
      failed: number;
    };
    RolloutDeviceCompletedData: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      deviceId: string;
      hostname: string;
      departmentId: string;
      /** @enum {string} */
      outcome: 'patched' | 'failed';
      completedBy: components['schemas']['UserRef'];
      note: string | null;
    };
    /** @enum {string} */
    RolloutDeviceStatus: 'pending' | 'claimed' | 'patched' | 'failed';
    RolloutDeviceSubject: {
      campaignId: string;
      advisoryId: string;
      identifier: string;
      deviceId: string;
      hostname: string;
      departmentId: string;
    };
    RolloutDeviceView: {
      deviceId: string;
      hostname: string;
      os: string;
      lanId: string;
      departmentId: string;
      status: components['schemas']['RolloutDeviceStatus'];
      claimedBy: components['schemas']['UserRef'] | null;
      claimedAt: string | null;
      completedBy: components['schemas']['UserRef'] | null;
      completedAt: string | null;
      note: string | null;
      linkedIncident: components['schemas']['LinkedIncidentRef'] | null;
    };
    RolloutOutcomeDto: {
      /** @enum {string} */
      outcome: 'patched' | 'failed';
      /** @description required when failed: what went wrong */
      note?: string;
    };
    RolloutOutcomeRequest: {
      /** @enum {string} */
      outcome: 'patched' | 'failed';
      note?: string;
    };
    /** @description One send of one delivery (email or SMS). */
    SendJobData: {
      deliveryId: string;
      broadcastId: string;
    };
    SetTestDevicesDto: {
      testDeviceIds: string[];
    };
    SetTestDevicesRequest: {
      testDeviceIds: string[];
    };
    SilentRecipientView: {
      recipientId: string;
      name: string;
      email: string | null;
      mobile: string | null;
      lan: string | null;
      deliveries: {
        channel: components['schemas']['BroadcastChannel'];
        status: components['schemas']['DeliveryStatus'];
        reason: string | null;
      }[];
    };
    SiteView: {
      id: string;
      code: string;
      name: string;
      address: string | null;
    };
    StaffImportedData: {
      lines: number;
      created: number;
      updated: number;
      deleted: number;
      rejected: number;
      prune: boolean;
      /** @description The first of the deleted staff's emails. */
      deletedEmails: string[];
    };
    StaffSmsConsentChangedData: {
      staffIds: string[];
      names: string[];
      smsConsent: boolean;
      /** @description What changed it, e.g. `sms_reply:opt_out`. */
      via: string;
    };
    /**
     * @description A field of a member of staff that a sync can change.
     * @enum {string}
     */
    StaffSyncField:
      'name' | 'email' | 'mobile' | 'department' | 'site' | 'lan' | 'dn' | 'link' | 'active';
    /** @description Data of the `staff.synced` event (stream `directory`), in the transaction of the writes. */
    StaffSyncedData: {
      /** @enum {string} */
      trigger: 'schedule' | 'on_demand';
      entries: number;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      leavers: number;
      /** @description Users whose roles or department changed with their groups. */
      accessChanged: number;
      /** @description The first of the leavers' emails. */
      leaverEmails: string[];
    };
    StaffView: {
      id: string;
      name: string;
      email: string;
      mobile: string | null;
      departmentId: string;
      siteId: string | null;
      lanId: string | null;
      smsConsent: boolean;
      /** @description false: a leaver (no longer in the directory); kept, never addressed by broadcasts. */
      active: boolean;
    };
    /** @description What to switch to: a device of the inventory, a described standby, or both. */
    StandbyView: {
      device: {
        id: string;
        hostname: string;
      } | null;
      description: string | null;
    };
    /** @description The state of the plan's devices when their LANs entered it. */
    StartCompliance: {
      devices: number;
      /** @description No anti-virus product at all. */
      noAntivirus: number;
      /** @description Anti-virus signatures older than the standard build allows. */
      avOutOfDate: number;
      /** @description Missing a patch the standard build requires. */
      missingPatches: number;
      /** @description Not meeting the standard build for any reason (patches or anti-virus). */
      belowStandardBuild: number;
    };
    StartStageDto: {
      /** Format: uuid */
      departmentId: string;
    };
    StartStageRequest: {
      departmentId: string;
    };
    StatusIncident: {
      reference: string;
      title: string;
      status: string;
      /** @description 1 (most severe) to 4. */
      severity: number;
      nextUpdateDueAt: string | null;
      /** @description The owner's latest update to staff (`POST /incidents/:id/updates`), or null. */
      latestUpdate: {
        message: string;
        at: string;
      } | null;
      lans: components['schemas']['StatusLan'][];
    };
    StatusLan: {
      code: string;
      phase: string;
      lanId: string;
      name: string;
      siteId: string;
      siteCode: string;
      siteName: string;
      /** @description Machines on the LAN; `done` = verified or waived (as on the LAN board). */
      devices: {
        total: number;
        done: number;
      };
    };
    /** @description A site and its LANs by name: what the public fault-report form offers. */
    StatusSite: {
      id: string;
      code: string;
      name: string;
      lans: {
        id: string;
        code: string;
        name: string;
      }[];
    };
    /** @description `GET /api/v1/status` and the `status.updated` socket event. */
    StatusView: {
      incidents: components['schemas']['StatusIncident'][];
      /** @description Every site, each with its LANs, by code. */
      sites: components['schemas']['StatusSite'][];
      updatedAt: string;
    };
    SubscribeAck:
      | {
          /** @enum {boolean} */
          ok: true;
          seq: number;
        }
      | {
          /** @enum {boolean} */
          ok: false;
          code: components['schemas']['ErrorCode'];
          message: string;
        };
    SubscribeRequest: {
      incidentId: string;
      /** @description The last seq the client has; events after it are sent before the acknowledgement. */
      sinceSeq?: number;
    };
    /** @enum {string} */
    SupportUnitKind: 'itu' | 'specialist';
    /** @description A department's IT unit (one per department) or a specialist support group inside a section. */
    SupportUnitView: {
      id: string;
      code: string;
      name: string;
      kind: components['schemas']['SupportUnitKind'];
      departmentId: string;
      section: string | null;
      email: string | null;
    };
    /** @description A periodic sweep: the scheduler adds it with no data. */
    SweepJobData: {
      [key: string]: unknown;
    };
    TaskCompletedData: {
      taskId: string;
      kind: components['schemas']['TaskKind'];
      deviceId: string | null;
      departmentId: string;
      completedBy: components['schemas']['UserRef'];
      evidence: components['schemas']['TaskEvidence'] | null;
      note: string | null;
      device: {
        hostname: string;
        health: components['schemas']['DeviceHealthValue'];
      } | null;
    };
    TaskCreatedData: {
      taskId: string;
      kind: components['schemas']['TaskKind'];
      deviceId: string | null;
      departmentId: string;
      title: string;
      hostname: string | null;
      lanId: string | null;
      dueAt: string | null;
    };
    TaskDeviceView: {
      hostname: string;
      ip: string | null;
      lanId: string;
      lanCode: string | null;
      lanName: string | null;
      /** @description Where the machine is: its LAN's site. */
      siteId: string | null;
      siteCode: string | null;
      siteName: string | null;
      health: string;
      compliant: boolean;
      /** @description What the record lacks against the standard build. */
      missingPatches: string[];
      issues: string[];
    };
    /** @description What the ITU member did to the machine: the basis of "verified". */
    TaskEvidence: {
      /** @description Patches installed (checked against the baseline's required patches). */
      patches: string[];
      /** @description YYYY-MM-DD of the anti-virus signatures now on the machine. */
      avSignatureDate: string;
      scanClean: boolean;
      /** @description The anti-virus product, when the record has none or it changed. */
      avProduct?: string;
    };
    TaskEvidenceDto: {
      /**
       * @example [
       *       "MS03-026",
       *       "MS03-039"
       *     ]
       */
      patches: string[];
      /**
       * @description YYYY-MM-DD
       * @example 2026-02-10
       */
      avSignatureDate: string;
      scanClean: boolean;
      /** @example Sophos Anti-Virus */
      avProduct?: string;
    };
    /** @enum {string} */
    TaskKind: 'clean_device' | 'isolate_and_clean' | 'action';
    /** @description Who holds a task and by when, before and after a reassignment. */
    TaskPlacement: {
      departmentId: string;
      claimedBy: {
        id: string;
        name: string | null;
      } | null;
      dueAt: string | null;
    };
    TaskReopenedData: {
      taskId: string;
      kind: components['schemas']['TaskKind'];
      deviceId: string | null;
      departmentId: string;
      reason: string;
      /** @description When reopened by hand: done or verified. */
      previousStatus?: components['schemas']['TaskStatus'];
    };
    /** @enum {string} */
    TaskStatus: 'open' | 'claimed' | 'done' | 'verified' | 'cancelled';
    TaskSubject: {
      taskId: string;
      kind: components['schemas']['TaskKind'];
      deviceId: string | null;
      departmentId: string;
    };
    /** @description `GET /tasks/summary?incidentId=`: a row per department with tasks, by name; ITU members get their own only. */
    TaskSummary: {
      items: components['schemas']['TaskSummaryRow'][];
    };
    /** @description One department's tasks of an incident, counted per status (`GET /tasks/summary`). */
    TaskSummaryRow: {
      departmentId: string;
      code: string;
      name: string;
      open: number;
      claimed: number;
      done: number;
      verified: number;
      cancelled: number;
      /** @description Past their due time and still open or claimed (the rule of `TaskView.overdue`). */
      overdue: number;
    };
    TaskView: {
      id: string;
      kind: components['schemas']['TaskKind'];
      status: components['schemas']['TaskStatus'];
      incidentId: string;
      deviceId: string | null;
      lanId: string | null;
      departmentId: string;
      title: string;
      claimedBy: components['schemas']['UserRef'] | null;
      claimedAt: string | null;
      dueAt: string | null;
      overdue: boolean;
      evidence: components['schemas']['TaskEvidence'] | null;
      note: string | null;
      completedAt: string | null;
      completedBy: components['schemas']['UserRef'] | null;
      verifiedAt: string | null;
      verifiedBy: components['schemas']['UserRef'] | null;
      createdAt: string;
      /** @description The machine, its LAN and what it lacks: on reads (`GET /tasks`, `GET /tasks/:id`). */
      device?: components['schemas']['TaskDeviceView'] | null;
    };
    /** @enum {string} */
    TestResult: 'passed' | 'failed';
    /** @description Someone on a closed LAN whom no SMS reaches: listed to the owner, told to their ITU. */
    UnreachableRecipientView: {
      recipientId: string;
      name: string;
      lan: string | null;
      phase: components['schemas']['LanPhase'] | null;
      /** @description Why SMS does not reach them: `no_mobile`, `invalid_mobile`, `no_sms_consent`. */
      reason: string;
    };
    UpdateAdvisoryDto: {
      /**
       * @description the vendor's identifier
       * @example MS03-026
       */
      identifier?: string;
      /** @example Buffer overrun in RPC interface could allow code execution */
      title?: string;
      /** @enum {string} */
      severity?: 'critical' | 'important' | 'moderate' | 'low';
      /**
       * @description OS builds as devices' os field names them
       * @example [
       *       "Windows XP Professional SP1",
       *       "Windows 2000 Professional SP4"
       *     ]
       */
      affectedBuilds?: string[];
      /**
       * @description the patch as baselines' requiredPatches and devices' patches name it
       * @example MS03-026
       */
      patch?: string;
      summary?: string;
    };
    UpdateAdvisoryRequest: {
      identifier?: string;
      title?: string;
      severity?: components['schemas']['AdvisorySeverity'];
      affectedBuilds?: string[];
      patch?: string;
      summary?: string;
    };
    UpdateCriticalServiceDto: {
      /** @example Mail scanning */
      name: string;
      /** @example Spam, content and virus scanning of all mail */
      description?: Record<string, never> | null;
      /** @description the live servers (device ids) */
      serverIds: string[];
      /** @description in order; may be empty while unwritten */
      steps: components['schemas']['FallbackStepDto'][];
      /** Format: uuid */
      standbyDeviceId?: Record<string, never> | null;
      /** @example A spare DL380 in the CIT rack, anti-virus only */
      standbyDescription?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description an active user with the owner or command role
       */
      deciderId: string;
      /**
       * @description YYYY-MM-DD
       * @example 2026-11-20
       */
      lastReviewedOn: string;
      /** @description the version the change was made from */
      version: number;
    };
    /** @description The whole service again, with the version it was read at. */
    UpdateCriticalServiceRequest: {
      name: string;
      description?: string | null;
      /** @description The live servers (device ids); a device hosts at most one critical service. */
      serverIds: string[];
      steps: components['schemas']['FallbackStep'][];
      standbyDeviceId?: string | null;
      standbyDescription?: string | null;
      /** @description An active user with the owner or command role (or an admin). */
      deciderId: string;
      lastReviewedOn: string;
      version: number;
    };
    UpdateReviewActionDto: {
      title?: string;
      /** Format: uuid */
      ownerId?: string;
      /** @example 2026-12-31 */
      dueOn?: string;
      /** @enum {string} */
      state?: 'done';
    };
    /** @description `PATCH …/actions/:actionId`: change what it says, who owns it, when it is due; or mark it done. */
    UpdateReviewActionRequest: {
      title?: string;
      ownerId?: string;
      dueOn?: string;
      /** @enum {string} */
      state?: 'done';
    };
    UpdateReviewDto: {
      wentWell?: string;
      wentWrong?: string;
      contributingFactors?: string;
      /**
       * @description sign the review off (the owner)
       * @enum {string}
       */
      status?: 'completed';
    };
    /** @description `PATCH /incidents/:id/review`: sections to change, or `status: completed` to sign off. */
    UpdateReviewRequest: {
      wentWell?: string;
      wentWrong?: string;
      contributingFactors?: string;
      /** @enum {string} */
      status?: 'completed';
    };
    /** @description A user's roles and department as they were and as their groups now give them. */
    UserAccessChangedData: {
      userId: string;
      email: string;
      before: {
        roles: components['schemas']['Role'][];
        departmentId: string | null;
      };
      after: {
        roles: components['schemas']['Role'][];
        departmentId: string | null;
      };
      /**
       * @description What refreshed them: a single sign-on, or directory sync.
       * @enum {string}
       */
      source: 'sso' | 'directory';
      /** @description The mapped groups that gave the new access. */
      groups: string[];
    };
    UserCreatedData: {
      user: components['schemas']['UserView'];
      /**
       * @description The first admin, made at boot from the configuration.
       * @enum {boolean}
       */
      bootstrap?: true;
      /** @description Made at a first single sign-on: the provider and the mapped groups that let them in. */
      sso?: {
        issuer: string;
        groups: string[];
      };
    };
    /** @description A person named on a record: an owner, a claimer, whoever acknowledged. */
    UserRef: {
      id: string;
      name: string;
    };
    UserView: {
      id: string;
      email: string;
      name: string;
      roles: components['schemas']['Role'][];
      departmentId: string | null;
    };
    WaiveDto: {
      /** @example Unplugged for good; to be disposed of */
      reason: string;
    };
    WaiveRequest: {
      reason: string;
    };
    WaiverView: {
      incidentId: string;
      deviceId: string;
      hostname: string;
      lanId: string;
      reason: string;
      waivedBy: components['schemas']['UserRef'];
      waivedAt: string;
    };
    WarpDepartmentCounts: {
      /** @description `A`, `B`…, or the department's name when the owner allowed names. */
      label: string;
      lans: number;
      devicesAffected: number;
      devicesInfected: number;
      devicesIsolated: number;
      tasks: number;
      tasksDone: number;
    };
    /** @enum {string} */
    WarpFormat: 'json' | 'md';
    /** @enum {string} */
    WarpIdentifierKind:
      'name' | 'email' | 'mobile' | 'hostname' | 'ip' | 'department' | 'site' | 'lan';
    WarpLanPhases: {
      /** @description `A1`, `A2`, `B1`…: the department's letter (or name) and the LAN's place in it. */
      label: string;
      department: string;
      devices: number;
      /** @enum {string} */
      phase: 'planned' | 'shut_down' | 'cleaning' | 'reopened';
      /** @description Minutes after the declaration; null when the LAN has not got there. */
      shutDownAfterMinutes: number | null;
      cleaningAfterMinutes: number | null;
      reopenedAfterMinutes: number | null;
      /** @description From shut down to reopened, when both happened. */
      closedForMinutes: number | null;
    };
    /** @enum {string} */
    WarpMoment: 'declared' | 'first_detection' | 'decision' | 'recovery' | 'resolved';
    WarpPort: {
      /** @enum {string} */
      protocol: 'TCP' | 'UDP';
      /** @description One port (`135`) or a range (`666-765`). */
      port: string;
    };
    /** @description `GET /incidents/:id/warp?format=json`. */
    WarpPreviewView: {
      summary: components['schemas']['WarpSummary'];
      /** @description The same summary as Markdown, as it is emailed or downloaded. */
      markdown: string;
      /** @description sha256 of the canonical JSON of `summary`. */
      hash: string;
      prompts: components['schemas']['WarpPrompt'][];
      /** @description Where a sending goes: the configured WARP address, or null (recorded as sent by hand). */
      warpEmail: string | null;
    };
    /** @description A prompt to send a summary, raised by the event at `seq`; answered by a later sending. */
    WarpPrompt: {
      /** @description `<moment>:<seq>`, stable: what a sending names in `answers`. */
      id: string;
      moment: components['schemas']['WarpMoment'];
      seq: number;
      at: string;
      /** @description What happened, in words safe to show the owner (never the decision's own text). */
      label: string;
      /** @description The seq of the sending that answered it; null while it is open. */
      answeredBySeq: number | null;
    };
    /** @description `GET /incidents/:id/warp/prompts`. */
    WarpPromptList: {
      items: components['schemas']['WarpPrompt'][];
    };
    WarpSendingDto: {
      /**
       * @description departments by name in this summary
       * @default false
       */
      departmentNames: boolean;
      /** @description the owner’s words for the WARP; refused (422, `kinds`) when it names a person, email, phone, host, IP, site, LAN or (without department names) a department */
      narrative?: string;
      /**
       * @description the prompt this sending answers (`<moment>:<seq>`, moments: declared, first_detection, decision, recovery, resolved)
       * @example declared:1
       */
      promptId?: string;
    };
    /** @description `GET /incidents/:id/warp/sendings`. */
    WarpSendingList: {
      items: components['schemas']['WarpSendingView'][];
    };
    WarpSendingRequest: {
      departmentNames?: boolean;
      narrative?: string;
      /** @description The prompt this sending answers; every prompt raised before it is answered too. */
      promptId?: string;
    };
    /** @enum {string} */
    WarpSendingVia: 'email' | 'by_hand';
    WarpSendingView: {
      sendingId: string;
      seq: number;
      at: string;
      hash: string;
      via: components['schemas']['WarpSendingVia'];
      to: string | null;
      sentBy: components['schemas']['UserRef'];
      answers: string[];
      departmentNames: boolean;
      withNarrative: boolean;
      /** @description Email only: whether the worker handed it to the mail server yet. */
      delivered: boolean | null;
      /** @description Email only: why the mail server refused it for good, when it did. */
      failed: string | null;
    };
    WarpSentView: {
      sending: components['schemas']['WarpSendingView'];
      summary: components['schemas']['WarpSummary'];
      markdown: string;
    };
    /** @description The summary as the WARP sees it: no names, emails, mobiles, hostnames or addresses. */
    WarpSummary: {
      reference: string;
      generatedAt: string;
      /** @description The last event of the log the summary covers. */
      asOfSeq: number;
      /** @enum {string} */
      status: 'active' | 'contained' | 'recovered' | 'closed';
      severity: number;
      departmentNames: boolean;
      threat: {
        name: string | null;
        aliases: string[];
        kind: string | null;
        /** @description How it spreads, when the threat is a known one. */
        description: string | null;
      };
      indicators: {
        signatures: string[];
        ports: components['schemas']['WarpPort'][];
        protocols: string[];
        /** @description Patches that close the hole it uses. */
        patches: string[];
      };
      counts: {
        departments: number;
        lans: number;
        lansReopened: number;
        devicesOnPlannedLans: number;
        devicesAffected: number;
        devicesInfected: number;
        devicesIsolated: number;
        devicesCleaned: number;
        detections: number;
        tasks: number;
        tasksDone: number;
        directives: number;
        broadcasts: number;
        decisions: number;
      };
      departments: components['schemas']['WarpDepartmentCounts'][];
      phases: {
        declaredAt: string;
        firstDetectionAfterMinutes: number | null;
        allLansReopenedAfterMinutes: number | null;
        recoveredAfterMinutes: number | null;
        closedAfterMinutes: number | null;
        lans: components['schemas']['WarpLanPhases'][];
      };
      timeline: components['schemas']['WarpTimelineEntry'][];
      /** @description The owner's own words for the WARP, checked to name nobody and nothing. */
      narrative: string | null;
    };
    WarpSummaryEmailedData: {
      sendingId: string;
      to: string;
      providerId: string;
    };
    WarpSummarySentData: {
      sendingId: string;
      hash: string;
      asOfSeq: number;
      via: components['schemas']['WarpSendingVia'];
      /** @description The WARP address when emailed; null when recorded as sent by hand (downloaded). */
      to: string | null;
      sentBy: components['schemas']['UserRef'];
      /** @description The prompt ids it answers (the one named first, then every earlier open one). */
      answers: string[];
      moments: components['schemas']['WarpMoment'][];
      departmentNames: boolean;
      withNarrative: boolean;
    };
    WarpTimelineEntry: {
      at: string;
      afterMinutes: number;
      what: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  PublicCommsController_ackByGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A thank-you page; the acknowledgement counts once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description a page (text/html) or problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description problem+json, code `rate_limited` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicCommsController_ackByPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A thank-you page; the acknowledgement counts once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description a page (text/html) or problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description problem+json, code `rate_limited` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdvisoriesController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of AdvisoryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AdvisoryView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdvisoriesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvisoryDto'];
      };
    };
    responses: {
      /** @description AdvisoryView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvisoryView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdvisoriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AdvisoryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvisoryView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdvisoriesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdvisoriesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAdvisoryDto'];
      };
    };
    responses: {
      /** @description AdvisoryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvisoryView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GroupMappingsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GroupMappingList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupMappingList'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GroupMappingsController_add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGroupMappingDto'];
      };
    };
    responses: {
      /** @description GroupMappingView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupMappingView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GroupMappingsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description LoginResponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_credentials` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `local_login_disabled` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `rate_limited` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description UserView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OidcController_methods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AuthMethodsView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthMethodsView'];
        };
      };
      /** @description problem+json, code `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_getBaseline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description BaselineView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BaselineView'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_putBaseline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutBaselineDto'];
      };
    };
    responses: {
      /** @description BaselineView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BaselineView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description BroadcastView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BroadcastView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAcknowledgementDto'];
      };
    };
    responses: {
      /** @description AcknowledgementView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_deliveries: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'skipped';
        channel?: 'email' | 'sms';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of DeliveryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DeliveryView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_retryFailed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RetryFailedResult */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetryFailedResult'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_silent: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of SilentRecipientView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SilentRecipientView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_unreachable: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of UnreachableRecipientView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['UnreachableRecipientView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of CampaignSummaryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CampaignSummaryView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignDto'];
      };
    };
    responses: {
      /** @description CampaignView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CampaignView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveCampaignDto'];
      };
    };
    responses: {
      /** @description CampaignView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `approval_blocked` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RolloutController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description ITU members: their own department only */
        departmentId?: string;
        status?: 'pending' | 'claimed' | 'patched' | 'failed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of RolloutDeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['RolloutDeviceView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RolloutController_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RolloutDeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RolloutDeviceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `already_claimed` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RolloutController_openIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RolloutDeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RolloutDeviceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RolloutController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RolloutOutcomeDto'];
      };
    };
    responses: {
      /** @description RolloutDeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RolloutDeviceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `already_claimed` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RolloutController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RolloutDeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RolloutDeviceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_events: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        sinceSeq?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of EventView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EventView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_startStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartStageDto'];
      };
    };
    responses: {
      /** @description CampaignView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_setTestDevices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetTestDevicesDto'];
      };
    };
    responses: {
      /** @description CampaignView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_recordTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordTestResultDto'];
      };
    };
    responses: {
      /** @description CampaignView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_summary: {
    parameters: {
      query?: {
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ComplianceSummary */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceSummary'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of CriticalServiceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CriticalServiceView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCriticalServiceDto'];
      };
    };
    responses: {
      /** @description CriticalServiceView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CriticalServiceView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_deciders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of EligibleOwnerView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EligibleOwnerView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CriticalServiceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CriticalServiceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCriticalServiceDto'];
      };
    };
    responses: {
      /** @description CriticalServiceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CriticalServiceView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_listDepartments: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of DepartmentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DepartmentView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_createDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      /** @description DepartmentView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_getDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DepartmentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DetectionsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        incidentId?: string;
        deviceId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of DetectionView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DetectionView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DetectionsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description monitoring (DETECTION_API_KEY) */
        'X-Api-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DetectionDto'];
      };
    };
    responses: {
      /** @description DetectionView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DetectionView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_listDevices: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        lanId?: string;
        departmentId?: string;
        health?: 'unknown' | 'vulnerable' | 'infected' | 'isolated' | 'clean';
        /** @description part of the host name */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of DeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DeviceView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_importDevices: {
    parameters: {
      query?: {
        /** @description also remove rows missing from the file (the file is then the whole list) */
        prune?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description ImportResult */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InventoryController_getDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DeviceView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectivesController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DirectiveView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ContactReadinessController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ContactReadinessView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactReadinessView'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ContactReadinessController_gaps: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        departmentId?: string;
        siteId?: string;
        /** @description only this reason SMS does not reach them */
        gap?: 'no_mobile' | 'invalid_mobile' | 'no_sms_consent';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of ContactGapView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ContactGapView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectorySyncController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DirectorySyncStatus */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectorySyncStatus'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectorySyncController_sync: {
    parameters: {
      query?: {
        /** @description compute and answer the report without writing anything */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DirectorySyncReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectorySyncReport'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unavailable` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FaultReportsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        incidentId?: string;
        lanId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of FaultReportView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FaultReportView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FaultReportsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FaultReportDto'];
      };
    };
    responses: {
      /** @description FaultReportAnswer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultReportAnswer'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HealthView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description PostgreSQL or Redis unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
    };
  };
  IncidentsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: 'active' | 'contained' | 'recovered' | 'closed';
        /** @description true: every status but closed */
        open?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of IncidentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['IncidentView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIncidentDto'];
      };
    };
    responses: {
      /** @description IncidentView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description IncidentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_edit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditIncidentDto'];
      };
    };
    responses: {
      /** @description IncidentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentAuditController_export: {
    parameters: {
      query?: {
        /** @description jsonl: one JSON object per line; csv: a header row, actor and data as JSON */
        format?: 'jsonl' | 'csv';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events in seq order: stream, seq, at, type, actor, data, prevHash, hash */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
          'text/csv': string;
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of BroadcastView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['BroadcastView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_create: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBroadcastDto'];
      };
    };
    responses: {
      /** @description BroadcastAccepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BroadcastAccepted'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `idempotency_mismatch` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BroadcastsController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BroadcastPreviewDto'];
      };
    };
    responses: {
      /** @description BroadcastPreview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BroadcastPreview'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WarpController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      /** @description DecisionView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LanPlansController_waive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaiveDto'];
      };
    };
    responses: {
      /** @description WaiverView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaiverView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectivesController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of DirectiveView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DirectiveView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectivesController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDirectiveDto'];
      };
    };
    responses: {
      /** @description DirectiveView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_eligibleOwners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of EligibleOwnerView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EligibleOwnerView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_events: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description events after this seq (0: from the start) */
        sinceSeq?: number;
        /** @description true: only the events that matter to people (no task.created, broadcast.progress and other per-machine or per-recipient rows; see isSignificantEvent) */
        significant?: boolean;
        /** @description only these event types, comma-separated */
        types?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of EventView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EventView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_evidencePack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A zip archive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CriticalServicesController_fallback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FallbackAttachmentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FallbackAttachmentView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_handover: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandoverDto'];
      };
    };
    responses: {
      /** @description IncidentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LanPlansController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of LanPlanView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['LanPlanView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LanPlansController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddLansDto'];
      };
    };
    responses: {
      /** @description A page of LanPlanView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['LanPlanView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LanPlansController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        lanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LanTransitionDto'];
      };
    };
    responses: {
      /** @description LanPlanView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LanPlanView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` or `reopen_blocked` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PlansController_plan: {
    parameters: {
      query?: {
        /** @description html: the print-ready page (A4 print CSS, boxes to tick, space for notes); json: the same plan as data. Without a format, `Accept: text/html` gives html, anything else json */
        format?: 'json' | 'html';
      };
      header: {
        accept: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PrintablePlan (JSON) or the print-ready page (text/html) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrintablePlan'];
          'text/html': string;
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_report: {
    parameters: {
      query?: {
        /** @description json (the default; `Accept: text/html` without a format gives html), html: the printable page with its charts, md: Markdown */
        format?: 'json' | 'html' | 'md';
      };
      header: {
        accept: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description IncidentReport (JSON), the printable page (text/html) or Markdown (text/markdown) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentReport'];
          'text/html': string;
          'text/markdown': string;
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ReviewView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReviewDto'];
      };
    };
    responses: {
      /** @description ReviewView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_addAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReviewActionDto'];
      };
    };
    responses: {
      /** @description ReviewActionView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewActionView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_changeAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReviewActionDto'];
      };
    };
    responses: {
      /** @description ReviewActionView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewActionView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_assignees: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of UserRef */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['UserRef'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentStatusDto'];
      };
    };
    responses: {
      /** @description IncidentView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `close_blocked` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_createTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActionTaskDto'];
      };
    };
    responses: {
      /** @description TaskView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IncidentsController_postUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentUpdateDto'];
      };
    };
    responses: {
      /** @description IncidentView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WarpController_preview: {
    parameters: {
      query?: {
        /** @description json: the summary, its Markdown, hash and prompts; md: the Markdown alone */
        format?: 'json' | 'md';
        /** @description true: departments by name; false: as letters A, B, C… in order of appearance */
        departmentNames?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description WarpPreviewView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarpPreviewView'];
          'text/markdown': components['schemas']['WarpPreviewView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WarpController_prompts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description WarpPromptList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarpPromptList'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WarpController_sendings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description WarpSendingList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarpSendingList'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WarpController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WarpSendingDto'];
      };
    };
    responses: {
      /** @description WarpSentView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarpSentView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LansController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        departmentId?: string;
        siteId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of LanView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['LanView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LansController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLanDto'];
      };
    };
    responses: {
      /** @description LanView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LanView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description LanView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LanView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description MetricsView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsView'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_mine: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description the caller’s own items (the only list) */
        mine?: 'true';
        state?: 'open' | 'done';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of ReviewActionView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReviewActionView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: 'open' | 'completed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of ReviewSummaryView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReviewSummaryView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_listSites: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of SiteView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SiteView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_createSite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSiteDto'];
      };
    };
    responses: {
      /** @description SiteView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SiteView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StaffController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        departmentId?: string;
        siteId?: string;
        lanId?: string;
        /** @description part of the name or email, any case */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of StaffView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['StaffView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StaffController_import: {
    parameters: {
      query?: {
        /** @description also remove rows missing from the file (the file is then the whole list) */
        prune?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description ImportResult */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StaffController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description StaffView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StatusController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description StatusView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusView'];
        };
      };
      /** @description problem+json, code `unavailable` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicFaultReportsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FaultReportDto'];
      };
    };
    responses: {
      /** @description FaultReportAnswer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultReportAnswer'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `rate_limited` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_listUnits: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of SupportUnitView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SupportUnitView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DirectoryController_createUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSupportUnitDto'];
      };
    };
    responses: {
      /** @description SupportUnitView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportUnitView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        incidentId?: string;
        /** @description ITU members always get their own */
        departmentId?: string;
        status?: 'open' | 'claimed' | 'done' | 'verified' | 'cancelled';
        kind?: 'clean_device' | 'isolate_and_clean' | 'action';
        deviceId?: string;
        lanId?: string;
        /** @description only tasks past their due time that still need work */
        overdue?: boolean;
        /** @description `me` or a user id */
        claimedBy?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['TaskView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_summary: {
    parameters: {
      query: {
        incidentId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TaskSummary */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskSummary'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `already_claimed` or `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteTaskDto'];
      };
    };
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `evidence_below_baseline` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignTaskDto'];
      };
    };
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_unclaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TasksController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TaskView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `invalid_transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        departmentId?: string;
        role?: 'admin' | 'owner' | 'command' | 'itu' | 'staff';
        /** @description part of the name or email, any case */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of UserView */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['UserView'][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description problem+json, code `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description UserView */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description problem+json, code `validation_failed` or `malformed_json` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unauthorized` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `conflict` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description problem+json, code `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
